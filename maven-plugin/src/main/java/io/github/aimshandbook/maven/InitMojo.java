package io.github.aimshandbook.maven;

import io.github.aimshandbook.engine.starter.Starter;
import io.github.aimshandbook.engine.starter.StarterResult;
import java.io.File;
import java.io.UncheckedIOException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Starts a new AIMS: writes a starter {@code src/aims/} with a manifest and a Statement of Applicability to fill in,
 * and draft policies, procedures and templates. It never replaces a file that exists, so running it again changes
 * nothing. It needs no pom: in a folder without one it writes {@code src/aims/} under the current folder. In a
 * multi-module build it runs once, for the project it is started in.
 *
 * @since 0.1.0
 */
@Mojo(name = "init", requiresProject = false, aggregator = true, threadSafe = true)
public class InitMojo extends AbstractMojo {

    /**
     * Where the starter content is written. Defaults to {@code src/aims} in the project folder, or, without a pom, in
     * the current folder.
     */
    @Parameter(property = "aims.contentDirectory")
    File contentDirectory;

    @Parameter(defaultValue = "${project}", readonly = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true)
    MavenSession session;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        // Without a pom Maven runs a stub project that has no folder, and ${project.basedir} stays uninterpolated.
        File baseDirectory = project != null && project.getFile() != null ? project.getBasedir()
                : new File(session.getExecutionRootDirectory());
        File contentDirectory = this.contentDirectory != null ? this.contentDirectory
                : new File(baseDirectory, "src/aims");
        StarterResult result;
        try {
            result = new Starter().write(contentDirectory.toPath());
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        String where = GoalSupport.relative(baseDirectory, contentDirectory);
        if (!result.written().isEmpty()) {
            getLog().info("Wrote " + count(result.written().size()) + " to " + where + ":");
            result.written().forEach(file -> getLog().info("  " + file));
        }
        if (!result.skipped().isEmpty()) {
            getLog().info("Kept " + count(result.skipped().size()) + " that already existed, unchanged:");
            result.skipped().forEach(s -> getLog().info("  " + s.path() + " (" + s.reason() + ")"));
        }
        if (result.changedNothing()) {
            getLog().info("Nothing to do: " + where + " already has every starter file. Nothing was changed.");
            return;
        }
        getLog().info("Next: replace each TODO (grep -rn TODO " + where + "), then check the content with"
                + " aims:check, e.g. by mvn verify. The documents are drafts; when one is approved, do what its"
                + " front matter says.");
    }

    private static String count(int files) {
        return files == 1 ? "1 starter file" : files + " starter files";
    }
}
