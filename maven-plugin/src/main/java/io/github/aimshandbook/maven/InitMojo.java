package io.github.aimshandbook.maven;

import io.github.aimshandbook.engine.model.ContentSchemas;
import io.github.aimshandbook.engine.starter.Starter;
import io.github.aimshandbook.engine.starter.StarterResult;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Starts a new AIMS: writes a starter {@code src/aims/} with a manifest and a Statement of Applicability to fill in,
 * draft policies, procedures and templates, and the registers of objectives, internal audits, nonconformities and
 * management reviews with one example entry each, dated from today. It never replaces a file that exists, so running it again changes
 * nothing. It needs no pom: in a folder without one it writes {@code src/aims/} under the current folder. In a
 * multi-module build it runs once, for the project it is started in.
 *
 * @since 0.1.0
 */
@Mojo(name = "init", requiresProject = false, aggregator = true, threadSafe = true)
public class InitMojo extends ContentParameters {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        File contentDirectory = contentDirectory();
        String schemas = schemasFromContent(contentDirectory);
        StarterResult result = Failures.run(() -> new Starter().write(contentDirectory.toPath(),
                java.time.LocalDate.now(java.time.ZoneOffset.UTC), schemas), "");
        String where = GoalSupport.relative(projectDirectory(), contentDirectory);
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

    /**
     * Where the handbook's JSON Schemas will be, as seen from the content folder: the YAML files point editors there
     * (a relative path, so it works offline and always matches the plugin version that built the handbook). The
     * handbook is in the project's {@code target/aims/}, aims:handbook's default.
     */
    private String schemasFromContent(File contentDirectory) {
        File build = project != null && project.getFile() != null && project.getBuild() != null
                && project.getBuild().getDirectory() != null ? new File(project.getBuild().getDirectory())
                        : new File(projectDirectory(), "target");
        Path schemas = new File(new File(build, "aims"), ContentSchemas.FOLDER).toPath().toAbsolutePath().normalize();
        Path content = contentDirectory.toPath().toAbsolutePath().normalize();
        return content.relativize(schemas).toString().replace('\\', '/') + "/";
    }

    private static String count(int files) {
        return files == 1 ? "1 starter file" : files + " starter files";
    }
}
