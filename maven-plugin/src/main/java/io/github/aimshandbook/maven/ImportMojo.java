package io.github.aimshandbook.maven;

import io.github.aimshandbook.engine.importer.ImportResult;
import io.github.aimshandbook.engine.importer.Importer;
import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Imports an existing AIMS written as a folder of Markdown documents (a consultant's toolkit, a public template set)
 * into a new content folder: front matter inferred from what each document states (id, title, type, owner, review
 * cycle, status, cited clauses and controls), links rewritten to the new places, the roles in aims.yaml, soa.yaml
 * from a Markdown SoA table, and IMPORT-REPORT.md with everything it inferred and could not. It only reads the
 * folder it imports, and it never overwrites a file: when one of the files it would write exists, it writes none.
 * It needs no pom: without one it writes {@code src/aims/} under the current folder.
 *
 * @since 0.1.0
 */
@Mojo(name = "import", requiresProject = false, aggregator = true, threadSafe = true)
public class ImportMojo extends ContentParameters {

    /**
     * The folder of Markdown documents to import, e.g. {@code -Daims.importFrom=../our-aims-toolkit}. It is only
     * read; symbolic links that lead out of it are not followed.
     *
     * @since 0.1.0
     */
    @Parameter(property = "aims.importFrom", required = true)
    File importFrom;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        File contentDirectory = contentDirectory();
        ImportResult result = Failures.run(() -> new Importer().run(importFrom.toPath(), contentDirectory.toPath()),
                "");
        String where = GoalSupport.relative(projectDirectory(), contentDirectory);
        getLog().info("Imported " + GoalSupport.relative(projectDirectory(), importFrom) + " into " + where + " ("
                + result.written().size() + " files written):");
        result.summary().forEach(line -> getLog().info("  " + line));
        if (!result.couldNotInfer().isEmpty()) {
            getLog().warn("Could not infer " + result.couldNotInfer().size() + " thing(s); each needs a decision:");
            result.couldNotInfer().forEach(line -> getLog().warn("  " + where + "/" + line));
        }
        getLog().info("The full account is in " + where + "/" + result.report() + ". Next: check the content with"
                + " aims:check (a pom with the plugin, then mvn verify).");
    }
}
