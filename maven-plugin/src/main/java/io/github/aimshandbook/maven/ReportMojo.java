package io.github.aimshandbook.maven;

import io.github.aimshandbook.engine.UserError;
import java.io.File;
import java.util.Locale;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.reporting.MavenReportException;

/**
 * The handbook in the project site. Listed under {@code <reporting>}, {@code mvn site} writes the whole handbook to
 * {@code aims/} in the site and an entry page, {@code aims.html}, under Project Reports, with the readiness figures
 * and links into the handbook. The handbook keeps its own look, and its header links back to the project site.
 * Content errors do not fail the site: the handbook is written anyway and shows them on its dashboard; failing the
 * build is the job of aims:check.
 *
 * @since 0.1.0
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class ReportMojo extends ReportParameters {

    @Override
    public String getOutputName() {
        return SiteReport.FOLDER;
    }

    @Override
    public String getName(Locale locale) {
        return ReportPage.TITLE;
    }

    @Override
    public String getDescription(Locale locale) {
        return "The ISO/IEC 42001 AI management system handbook: readiness, the Statement of Applicability, and"
                + " every Annex A control traced to its evidence.";
    }

    /** False: the entry page is Doxia events framed by the site's skin; the handbook beside it is the engine's. */
    @Override
    public boolean isExternalReport() {
        return false;
    }

    /** Only projects with AIMS content get the report, so it can be configured once for every module of a build. */
    @Override
    public boolean canGenerateReport() {
        return !skip && contentDirectory().isDirectory();
    }

    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        new SiteReport(this).write(new File(getReportOutputDirectory(), SiteReport.FOLDER), sink);
    }

    /** Run on its own (mvn aims:report), it writes the handbook into the site folder; mvn site adds the entry page. */
    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (canGenerateReport()) {
            try {
                new SiteReport(this).write(new File(getReportOutputDirectory(), SiteReport.FOLDER), null);
            } catch (MavenReportException e) {
                if (e.getCause() instanceof UserError) {
                    throw new MojoFailureException(e.getMessage(), e.getCause());
                }
                throw new MojoExecutionException(e.getMessage(), e.getCause());
            }
        }
    }
}
