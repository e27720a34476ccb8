package io.github.aimshandbook.maven;

import java.io.File;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.SinkFactory;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.MavenMultiPageReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The parameter of the report goal besides those it shares, and what the site plugin needs of any report: where it
 * writes and its category. The report implements Maven's report interface itself rather than extending
 * AbstractMavenReport, so that it shares the other goals' parameters instead of declaring them again.
 */
abstract class ReportParameters extends ReadParameters implements MavenMultiPageReport {

    /**
     * The project's site folder, where the report goes when it runs on its own rather than in mvn site.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true, required = true)
    File siteDirectory;

    /** Where the site plugin puts this report; the site folder until it says. */
    private File reportOutputDirectory;

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public void setReportOutputDirectory(File directory) {
        this.reportOutputDirectory = directory;
    }

    @Override
    public File getReportOutputDirectory() {
        return reportOutputDirectory != null ? reportOutputDirectory : siteDirectory;
    }

    /** One page: the site plugin's factory for more pages is not needed. */
    @Override
    public void generate(Sink sink, SinkFactory sinkFactory, java.util.Locale locale) throws MavenReportException {
        generate(sink, locale);
    }
}
