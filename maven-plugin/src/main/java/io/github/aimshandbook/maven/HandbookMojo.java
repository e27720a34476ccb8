package io.github.aimshandbook.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Checks the AIMS content, then writes the handbook (HTML, handbook.pdf), aims-report.json and soa.csv to the output
 * folder. When the content has errors (and failOnError is true) nothing is written, so the previous handbook stays
 * intact.
 *
 * @since 0.1.0
 */
@Mojo(name = "handbook", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class HandbookMojo extends BuildParameters {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        new BuildGoal(this, true).execute();
    }
}
