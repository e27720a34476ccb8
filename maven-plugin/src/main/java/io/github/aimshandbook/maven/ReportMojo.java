package io.github.aimshandbook.maven;

import io.github.aimshandbook.engine.Options;
import io.github.aimshandbook.engine.Pipeline;
import io.github.aimshandbook.engine.Result;
import io.github.aimshandbook.engine.model.Severity;
import io.github.aimshandbook.engine.render.BackLink;
import java.io.File;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The handbook in the project site. Listed under {@code <reporting>}, {@code mvn site} writes the whole handbook to
 * {@code aims/} in the site and an entry page, {@code aims.html}, under Project Reports, with the readiness figures
 * and links into the handbook. The handbook keeps its own look, and its header links back to the project site.
 *
 * <p>Content errors do not fail the site: the handbook is written anyway and shows them on its dashboard. Failing the
 * build is the job of aims:check.
 *
 * @since 0.1.0
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class ReportMojo extends AbstractMavenReport {

    /** The handbook's folder in the site, and the name of the entry page beside it. */
    static final String FOLDER = "aims";

    /** The AIMS content: aims.yaml, soa.yaml, systems/, risks, evidence and the documents. */
    @Parameter(property = "aims.contentDirectory", defaultValue = "${project.basedir}/src/aims")
    File contentDirectory;

    /** The date that reviews and validity are judged against, as YYYY-MM-DD; as for aims:handbook. */
    @Parameter(property = "aims.today")
    String today;

    /** Treat an applicable control without evidence (a gap) as an error rather than a warning. */
    @Parameter(property = "aims.gapsAsErrors", defaultValue = "false")
    boolean gapsAsErrors;

    /** The largest attachment, in megabytes, that may be copied into the handbook. */
    @Parameter(property = "aims.maxAttachmentSize", defaultValue = "25")
    int maxAttachmentSize;

    /** Keep raw HTML written in Markdown or AsciiDoc; as for aims:handbook. Only if every author is trusted. */
    @Parameter(property = "aims.allowRawHtml", defaultValue = "false")
    boolean allowRawHtml;

    /** Leave the handbook out of the site. */
    @Parameter(property = "aims.skip", defaultValue = "false")
    boolean skip;

    @Override
    public String getOutputName() {
        return FOLDER;
    }

    @Override
    public String getOutputPath() {
        return FOLDER;
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

    /**
     * False: the entry page is made of Doxia events, which the site renders in its skin. The handbook beside it is
     * written by the engine as a standalone site of its own; the site plugin never needs to know its files.
     */
    @Override
    public boolean isExternalReport() {
        return false;
    }

    /** Only projects with AIMS content get the report, so it can be configured once for every module of a build. */
    @Override
    public boolean canGenerateReport() {
        return !skip && contentDirectory != null && contentDirectory.isDirectory();
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        File handbook = new File(getReportOutputDirectory(), FOLDER);
        LocalDate date;
        Result result;
        try {
            date = GoalSupport.judgementDate(today, outputTimestamp, getLog());
            result = new Pipeline().run(new Options(contentDirectory.toPath(), handbook.toPath(), date, true, true,
                    gapsAsErrors, maxAttachmentSize * 1024L * 1024L, true, true, allowRawHtml,
                    new BackLink(siteName(), "../index.html")));
        } catch (IllegalArgumentException e) {
            throw new MavenReportException(e.getMessage());
        } catch (RuntimeException e) {
            throw new MavenReportException("The AIMS handbook generator failed: " + e.getMessage(), e);
        }
        // Errors are logged one by one; warnings only in debug, as aims:check in the same build lists them already
        // and the handbook's dashboard shows them all.
        String where = GoalSupport.relative(project.getBasedir(), contentDirectory);
        String prefix = where.isEmpty() ? "" : where + "/";
        result.findings().forEach(f -> {
            if (f.severity() == Severity.ERROR) {
                getLog().error(f.format(prefix));
            } else {
                getLog().debug(f.format(prefix));
            }
        });
        getLog().info("AIMS content: " + GoalSupport.summary(result) + ". The handbook's dashboard lists every"
                + " finding.");
        if (result.filesWritten() > 0) {
            getLog().info("Wrote the handbook (" + result.filesWritten() + " files) to " + handbook + ".");
        } else {
            getLog().warn("The AIMS content could not be read, so the site has no handbook. Its page, "
                    + FOLDER + ".html, lists the errors.");
        }
        new ReportPage(getSink(), FOLDER).write(result, date);
    }

    private String siteName() {
        String name = project.getName();
        return name == null || name.isBlank() ? project.getArtifactId() : name.strip();
    }
}
