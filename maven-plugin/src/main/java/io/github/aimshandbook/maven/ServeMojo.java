package io.github.aimshandbook.maven;

import io.github.aimshandbook.engine.Options;
import io.github.aimshandbook.engine.Result;
import io.github.aimshandbook.engine.serve.Preview;
import java.io.File;
import java.net.URI;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * A live preview while you write: builds the handbook's web pages into {@code target/aims-preview/}, serves them on
 * http://127.0.0.1:PORT/ (loopback only), and rebuilds when a file of the content folder or a template override
 * changes. Open pages reload after each rebuild and show its findings in a banner; the terminal shows them too. A
 * rebuild with errors keeps the last good handbook on show. Stop it with Ctrl+C. The PDF and the published
 * handbook ({@code target/aims/}) are left to aims:handbook.
 *
 * @since 0.1.0
 */
@Mojo(name = "serve", threadSafe = true)
public class ServeMojo extends ServeParameters {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        String prefix = contentPrefix();
        File preview = new File(outputDirectory.getParentFile(), outputDirectory.getName() + "-preview");
        Options options = Failures.run(() -> options(preview).render(true).html(true).pdf(false)
                .writeWithErrors(false).build(), prefix);
        Preview live = new Preview(options, prefix, (result, problem) -> report(result, problem, prefix));
        URI address = Failures.run(() -> live.start(port), prefix);
        Thread hook = new Thread(() -> {
            live.close();
            getLog().info("Stopped the preview.");
        }, "aims-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        getLog().info("Serving the preview of " + GoalSupport.relative(projectDirectory(), contentDirectory())
                + " at " + address + " (only on this machine). Edit the content and the open page reloads."
                + " Press Ctrl+C to stop.");
        try {
            live.awaitClose();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            live.close();
        }
    }

    private void report(Result result, String problem, String prefix) {
        if (result == null) {
            getLog().error("Preview not rebuilt: " + problem + " The last good handbook stays on show.");
            return;
        }
        GoalSupport.logFindings(getLog(), result, prefix);
        String outcome = result.upToDate() ? " (up to date: nothing changed since the last preview)."
                : result.filesWritten() > 0 ? "."
                : "; not rebuilt, the last handbook without errors stays on show.";
        getLog().info("Preview built: " + GoalSupport.summary(result) + outcome);
    }
}
