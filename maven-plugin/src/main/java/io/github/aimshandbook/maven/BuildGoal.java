package io.github.aimshandbook.maven;

import io.github.aimshandbook.engine.Options;
import io.github.aimshandbook.engine.Pipeline;
import io.github.aimshandbook.engine.Result;
import io.github.aimshandbook.engine.model.Severity;
import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * The work of aims:check and aims:handbook: run the engine on the goal's parameters and turn its result into the
 * build's verdict.
 */
final class BuildGoal {

    private final BuildParameters parameters;
    private final boolean renders;
    private final Log log;

    /** {@code renders}: true for the goal that renders the handbook, false for the checks alone. */
    BuildGoal(BuildParameters parameters, boolean renders) {
        this.parameters = parameters;
        this.renders = renders;
        this.log = parameters.getLog();
    }

    void execute() throws MojoExecutionException, MojoFailureException {
        if (parameters.skip) {
            log.info("Skipping aims:" + (renders ? "handbook" : "check") + " (aims.skip is true).");
            return;
        }
        String prefix = parameters.contentPrefix();
        long start = System.nanoTime();
        Result result = Failures.run(() -> {
            Options options = parameters.options(renders);
            if (options.allowRawHtml() && renders) {
                log.warn("allowRawHtml is on: raw HTML from the content goes into the handbook unchecked. Use it"
                        + " only if every author of the content is trusted.");
            }
            return parameters.force ? new Pipeline().run(options) : new Pipeline().runIfChanged(options);
        }, prefix);
        report(result, prefix, (System.nanoTime() - start) / 1_000_000);
    }

    private void report(Result result, String prefix, long millis) throws MojoFailureException {
        if (result.upToDate()) {
            log.info((renders ? "Handbook is up to date" : "AIMS checks are up to date")
                    + ": nothing changed since the last build (content, templates, options and plugin are the same;"
                    + " checked in " + millis + " ms). Use -Daims.force=true to "
                    + (renders ? "rebuild." : "check again.")
                    + (result.findings().isEmpty() ? "" : " The findings of the last build follow."));
        }
        GoalSupport.logFindings(log, result, prefix);
        if (!result.upToDate()) {
            // An up-to-date run repeats findings that the run before it annotated already (aims:check after
            // aims:handbook in one build): annotating them again would show each twice on the pull request.
            new GithubActions(System.getenv()).report(result, parameters.sourcePrefix(),
                    renders ? "handbook" : "check", System.out, log);
        }
        long errors = result.count(Severity.ERROR);
        long warnings = result.count(Severity.WARNING);
        log.info("AIMS content: " + GoalSupport.summary(result) + ".");
        File output = parameters.outputDirectory;
        if (result.filesWritten() > 0) {
            log.info((renders ? "Wrote the handbook (" + result.filesWritten() + " files) to "
                    : "Wrote the report to ") + output + " in " + millis + " ms " + result.timings() + ".");
            if (renders) {
                log.info("Open " + new File(output, "index.html"));
            }
        }
        if (errors > 0 && parameters.failOnError) {
            throw new MojoFailureException("The AIMS content has " + errors + " error(s)"
                    + (renders ? "; the handbook was not written" : "") + ". Fix them (listed above, with file"
                    + " and line), or set aims.failOnError=false to "
                    + (renders ? "write the handbook anyway." : "pass the build anyway."));
        }
        if (warnings > 0 && parameters.failOnWarning) {
            throw new MojoFailureException("The AIMS content has " + warnings + " warning(s) and failOnWarning is"
                    + " set. Fix them (listed above), or set aims.failOnWarning=false.");
        }
    }
}
