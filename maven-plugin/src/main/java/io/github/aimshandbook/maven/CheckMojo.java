package io.github.aimshandbook.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Checks the AIMS content the way an auditor would and writes aims-report.json, without rendering the handbook.
 * Bound to {@code verify}, so {@code mvn verify} fails on bad content.
 *
 * @since 0.1.0
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends BuildParameters {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        new BuildGoal(this, false).execute();
    }
}
