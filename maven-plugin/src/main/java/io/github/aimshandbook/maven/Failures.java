package io.github.aimshandbook.maven;

import io.github.aimshandbook.engine.UserError;
import io.github.aimshandbook.engine.render.Generator;
import java.io.UncheckedIOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * How a run that stopped reaches Maven. The user's problem ({@link UserError}) fails the build as a
 * {@link MojoFailureException}, in the user's words; anything else is the plugin's fault, a
 * {@link MojoExecutionException} that asks for a bug report, an {@link Error} too. Both keep the cause, for
 * {@code mvn -e}.
 */
final class Failures {

    /** Where bugs are reported: the project's issue tracker, from its pom. */
    static final String ISSUES = Generator.issueTracker();

    private Failures() {
    }

    /** Runs one goal's work, translating what stops it. */
    static <T> T run(Work<T> work, String contentPrefix) throws MojoFailureException, MojoExecutionException {
        try {
            return work.run();
        } catch (UserError e) {
            UserError seen = e.seenFrom(contentPrefix);
            throw new MojoFailureException(seen.getMessage(), seen);
        } catch (RuntimeException e) {
            throw new MojoExecutionException(message(e, contentPrefix), e);
        } catch (Error e) {
            // the engine turns what a document causes into findings; an Error that still gets here must not reach
            // Maven as it is, which would print its class realm instead of a line for the user
            throw new MojoExecutionException("The AIMS Handbook plugin failed (" + e + "). This is a bug of the"
                    + " plugin: please report it at " + ISSUES + " with this build's log (mvn -e shows the stack"
                    + " trace).", e);
        }
    }

    /** The line the user reads for {@code e}: a problem to fix, or a bug to report. */
    static String message(RuntimeException e, String contentPrefix) {
        if (e instanceof UserError user) {
            return user.describe(contentPrefix);
        }
        if (e instanceof UncheckedIOException) {
            // Usually the machine's (a full disk, a missing permission), so that comes first; rarely the plugin's.
            return e.getMessage() + ". Check the disk space and permissions of that folder. If they are fine, this is"
                    + " a bug of the AIMS Handbook plugin: please report it at " + ISSUES + " with this build's log.";
        }
        return "The AIMS Handbook plugin failed (" + e + "). This is a bug of the plugin, not a problem of your"
                + " content: please report it at " + ISSUES + " with this build's log (mvn -e shows the stack trace).";
    }

    /** A goal's work: may throw anything, which {@link #run} translates. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws MojoFailureException;
    }
}
