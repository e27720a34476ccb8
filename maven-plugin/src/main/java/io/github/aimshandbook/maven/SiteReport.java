package io.github.aimshandbook.maven;

import io.github.aimshandbook.engine.Pipeline;
import io.github.aimshandbook.engine.Result;
import io.github.aimshandbook.engine.UserError;
import io.github.aimshandbook.engine.model.Severity;
import io.github.aimshandbook.engine.render.BackLink;
import java.io.File;
import java.time.LocalDate;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.reporting.MavenReportException;

/** The work of aims:report: the handbook written into the site, and its entry page as Doxia events. */
final class SiteReport {

    /** The handbook's folder in the site, and the name of the entry page beside it. */
    static final String FOLDER = "aims";

    private final ReadParameters parameters;
    private final Log log;

    SiteReport(ReadParameters parameters) {
        this.parameters = parameters;
        this.log = parameters.getLog();
    }

    /** Writes the handbook to {@code handbook}, and the entry page to {@code sink} unless it is null. */
    void write(File handbook, Sink sink) throws MavenReportException {
        String prefix = parameters.contentPrefix();
        LocalDate date;
        Result result;
        try {
            var options = parameters.options(handbook).writeWithErrors(true)
                    .backLink(new BackLink(siteName(), "../index.html")).build();
            date = options.today();
            result = new Pipeline().run(options);
        } catch (RuntimeException e) {
            throw new MavenReportException(Failures.message(e, prefix),
                    e instanceof UserError user ? user.seenFrom(prefix) : e);
        }
        // Errors are logged one by one; warnings only in debug, as aims:check in the same build lists them already
        // and the handbook's dashboard shows them all.
        result.findings().forEach(f -> {
            if (f.severity() == Severity.ERROR) {
                log.error(f.format(prefix));
            } else {
                log.debug(f.format(prefix));
            }
        });
        log.info("AIMS content: " + GoalSupport.summary(result) + ". The handbook's dashboard lists every finding.");
        if (result.filesWritten() > 0) {
            log.info("Wrote the handbook (" + result.filesWritten() + " files) to " + handbook + ".");
        } else {
            log.warn("The AIMS content could not be read, so the site has no handbook. Its page, " + FOLDER
                    + ".html, lists the errors.");
        }
        if (sink != null) {
            new ReportPage(sink, FOLDER).write(result, date);
        }
    }

    private String siteName() {
        var project = parameters.project;
        String name = project.getName();
        return name == null || name.isBlank() ? project.getArtifactId() : name.strip();
    }
}
