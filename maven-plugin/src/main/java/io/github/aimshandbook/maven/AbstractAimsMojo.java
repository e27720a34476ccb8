package io.github.aimshandbook.maven;

import io.github.aimshandbook.engine.Options;
import io.github.aimshandbook.engine.Pipeline;
import io.github.aimshandbook.engine.Result;
import io.github.aimshandbook.engine.model.Severity;
import java.io.File;
import java.time.LocalDate;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** The parameters both goals share, the call into the engine, and the mapping of its result to the build's. */
abstract class AbstractAimsMojo extends AbstractMojo {

    /** The AIMS content: aims.yaml, soa.yaml, systems/, risks, evidence and the documents. */
    @Parameter(property = "aims.contentDirectory", defaultValue = "${project.basedir}/src/aims")
    File contentDirectory;

    /** Where the handbook and aims-report.json are written. */
    @Parameter(property = "aims.outputDirectory", defaultValue = "${project.build.directory}/aims")
    File outputDirectory;

    /** Fail the build when the checks find errors. */
    @Parameter(property = "aims.failOnError", defaultValue = "true")
    boolean failOnError;

    /** Fail the build when the checks find warnings (gaps, overdue reviews, unknown keys...). */
    @Parameter(property = "aims.failOnWarning", defaultValue = "false")
    boolean failOnWarning;

    /**
     * The date that reviews and validity are judged against, as YYYY-MM-DD. Defaults to the date of
     * {@code project.build.outputTimestamp} when the project sets one (reproducible builds), else today.
     */
    @Parameter(property = "aims.today")
    String today;

    @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
    String outputTimestamp;

    /** Treat an applicable control without evidence (a gap) as an error rather than a warning. */
    @Parameter(property = "aims.gapsAsErrors", defaultValue = "false")
    boolean gapsAsErrors;

    /** The largest attachment, in megabytes, that may be copied into the handbook. */
    @Parameter(property = "aims.maxAttachmentSize", defaultValue = "25")
    int maxAttachmentSize;

    /** The formats of the handbook that aims:handbook writes: html, pdf, or both separated by a comma. */
    @Parameter(property = "aims.formats", defaultValue = "html,pdf")
    String formats;

    /**
     * Keep raw HTML written in Markdown or AsciiDoc. Off by default: raw HTML is removed so that content cannot
     * run script in the browsers of the handbook's readers. Turn it on only if every author is trusted.
     */
    @Parameter(property = "aims.allowRawHtml", defaultValue = "false")
    boolean allowRawHtml;

    /**
     * Run even when nothing changed since the last run. Without it, a run whose content folder (template overrides
     * included), plugin and options are the same as the last run's, and whose output is still in place, only repeats
     * the last run's findings and verdict.
     */
    @Parameter(property = "aims.force", defaultValue = "false")
    boolean force;

    /** Skip this goal. */
    @Parameter(property = "aims.skip", defaultValue = "false")
    boolean skip;

    /** The project folder, so that findings name files as the user sees them. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    File baseDirectory;

    /** True for the goal that renders the handbook; false for the checks alone. */
    abstract boolean renders();

    private String goalName() {
        return renders() ? "handbook" : "check";
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping aims:" + goalName() + " (aims.skip is true).");
            return;
        }
        java.util.Set<String> chosen = formats();
        Options options = new Options(contentDirectory.toPath(), outputDirectory.toPath(), judgementDate(),
                renders(), !failOnError, gapsAsErrors, maxAttachmentSize * 1024L * 1024L, chosen.contains("html"),
                chosen.contains("pdf"), allowRawHtml);
        if (allowRawHtml && renders()) {
            getLog().warn("allowRawHtml is on: raw HTML from the content goes into the handbook unchecked. Use it only"
                    + " if every author of the content is trusted.");
        }
        long start = System.nanoTime();
        Result result;
        try {
            result = force ? new Pipeline().run(options) : new Pipeline().runIfChanged(options);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (RuntimeException e) {
            throw new MojoExecutionException("The AIMS handbook generator failed: " + e.getMessage(), e);
        }
        report(result, (System.nanoTime() - start) / 1_000_000);
    }

    private void report(Result result, long millis) throws MojoFailureException {
        if (result.upToDate()) {
            getLog().info((renders() ? "Handbook is up to date" : "AIMS checks are up to date")
                    + ": nothing changed since the last build (content, templates, options and plugin are the same;"
                    + " checked in " + millis + " ms). Use -Daims.force=true to " + (renders() ? "rebuild." : "check again.")
                    + (result.findings().isEmpty() ? "" : " The findings of the last build follow."));
        }
        GoalSupport.logFindings(getLog(), result, relativePrefix());
        long errors = result.count(Severity.ERROR);
        long warnings = result.count(Severity.WARNING);
        getLog().info("AIMS content: " + GoalSupport.summary(result) + ".");
        if (result.filesWritten() > 0) {
            getLog().info((renders() ? "Wrote the handbook (" + result.filesWritten() + " files) to "
                    : "Wrote the report to ") + outputDirectory + " in " + millis + " ms " + result.timings() + ".");
            if (renders()) {
                getLog().info("Open " + new File(outputDirectory, "index.html"));
            }
        }
        if (errors > 0 && failOnError) {
            throw new MojoFailureException("The AIMS content has " + errors + " error(s)"
                    + (renders() ? "; the handbook was not written" : "") + ". Fix them (listed above, with file"
                    + " and line), or set aims.failOnError=false to "
                    + (renders() ? "write the handbook anyway." : "pass the build anyway."));
        }
        if (warnings > 0 && failOnWarning) {
            throw new MojoFailureException("The AIMS content has " + warnings + " warning(s) and failOnWarning is"
                    + " set. Fix them (listed above), or set aims.failOnWarning=false.");
        }
    }

    private java.util.Set<String> formats() throws MojoFailureException {
        java.util.Set<String> chosen = new java.util.TreeSet<>();
        for (String f : (formats == null ? "" : formats).split(",")) {
            String format = f.strip().toLowerCase(java.util.Locale.ROOT);
            if (format.equals("html") || format.equals("pdf")) {
                chosen.add(format);
            } else if (!format.isEmpty()) {
                throw new MojoFailureException("aims.formats names '" + f.strip() + "', which is not a format of the"
                        + " handbook. Use html, pdf, or html,pdf.");
            }
        }
        if (chosen.isEmpty()) {
            throw new MojoFailureException("aims.formats is empty. Use html, pdf, or html,pdf.");
        }
        return chosen;
    }

    private LocalDate judgementDate() throws MojoFailureException {
        try {
            return GoalSupport.judgementDate(today, outputTimestamp, getLog());
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage());
        }
    }

    private String relativePrefix() {
        String prefix = GoalSupport.relative(baseDirectory, contentDirectory);
        return prefix.isEmpty() ? "" : prefix + "/";
    }
}
