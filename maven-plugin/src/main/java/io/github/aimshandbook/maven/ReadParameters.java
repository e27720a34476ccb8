package io.github.aimshandbook.maven;

import io.github.aimshandbook.engine.Options;
import java.io.File;
import java.time.LocalDate;
import org.apache.maven.plugins.annotations.Parameter;

/** The parameters of the goals that read and check the content (check, handbook, report). */
abstract class ReadParameters extends ContentParameters {

    /**
     * The date that reviews and validity are judged against, as YYYY-MM-DD. Defaults to the date of
     * {@code project.build.outputTimestamp} when the project sets one (reproducible builds), else today.
     *
     * @since 0.1.0
     */
    @Parameter(property = "aims.today")
    String today;

    /**
     * The project's {@code project.build.outputTimestamp}, the date of a reproducible build.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
    String outputTimestamp;

    /**
     * Treat an applicable control without evidence (a gap) as an error rather than a warning.
     *
     * @since 0.1.0
     */
    @Parameter(property = "aims.gapsAsErrors", defaultValue = "false")
    boolean gapsAsErrors;

    /**
     * The largest attachment, in megabytes, that may be copied into the handbook.
     *
     * @since 0.1.0
     */
    @Parameter(property = "aims.maxAttachmentSize", defaultValue = "25")
    int maxAttachmentSize;

    /**
     * Keep raw HTML written in Markdown or AsciiDoc. Off by default: raw HTML is removed so that content cannot
     * run script in the browsers of the handbook's readers. Turn it on only if every author is trusted.
     *
     * @since 0.1.0
     */
    @Parameter(property = "aims.allowRawHtml", defaultValue = "false")
    boolean allowRawHtml;

    /**
     * Skip this goal (for aims:report: leave the handbook out of the site).
     *
     * @since 0.1.0
     */
    @Parameter(property = "aims.skip", defaultValue = "false")
    boolean skip;

    /** The engine's settings from these parameters, to write into {@code output}; the date is checked here. */
    Options.Builder options(File output) {
        LocalDate date = GoalSupport.judgementDate(today, outputTimestamp, getLog());
        return Options.builder(contentDirectory().toPath(), output.toPath(), date).gapsAsErrors(gapsAsErrors)
                .maxAttachmentSize(maxAttachmentSize * 1024L * 1024L).allowRawHtml(allowRawHtml)
                .sourcePrefix(sourcePrefix());
    }
}
