package io.github.aimshandbook.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.aimshandbook.engine.UserError;
import io.github.aimshandbook.engine.model.Location;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** The user's problem fails the build in the user's words; anything else is the plugin's and asks for a report. */
class FailuresTest {

    @Test
    void a_user_error_fails_the_build_with_its_cause_and_the_file_as_seen_from_the_project() {
        UserError broken = UserError.content("The template override roles.ftlh is broken",
                new Location("templates/roles.ftlh", 3, 2), "Freemarker cannot parse it: Unknown directive: #iff.",
                "Fix the template, or delete it to use the built-in one.", new IllegalStateException("found"));

        MojoFailureException e = catchThrowableOfType(MojoFailureException.class,
                () -> Failures.run(() -> { throw broken; }, "src/aims/"));

        assertThat(e).hasMessage("The template override roles.ftlh is broken (src/aims/templates/roles.ftlh:3:2):"
                + " Freemarker cannot parse it: Unknown directive: #iff. Fix the template, or delete it to use the"
                + " built-in one.");
        // Maven joins the messages of the causes it does not find in the message: the cause adds nothing to it
        assertThat(e.getCause()).isInstanceOf(UserError.class);
        assertThat(e.getMessage()).contains(e.getCause().getMessage());
        assertThat(e.getCause().getSuppressed()).extracting(Throwable::getMessage).containsExactly("found");
    }

    @Test
    void a_configuration_error_names_the_parameter_and_its_property() {
        MojoFailureException e = catchThrowableOfType(MojoFailureException.class, () -> Failures.run(() -> {
            throw UserError.configuration("Unknown format of the handbook", "formats",
                    "'docx' is not a format of the handbook.", "Use html, pdf, or html,pdf.");
        }, "src/aims/"));

        assertThat(e).hasMessage("Unknown format of the handbook (parameter formats, -Daims.formats): 'docx' is not a"
                + " format of the handbook. Use html, pdf, or html,pdf.");
    }

    @Test
    void anything_else_is_a_bug_that_the_message_asks_to_report_keeping_the_cause() {
        IllegalStateException bug = new IllegalStateException("No pages are planned for the section x");

        MojoExecutionException e = catchThrowableOfType(MojoExecutionException.class,
                () -> Failures.run(() -> { throw bug; }, "src/aims/"));

        assertThat(e.getCause()).isSameAs(bug);
        assertThat(e.getMessage()).startsWith("The AIMS Handbook plugin failed (java.lang.IllegalStateException: No"
                + " pages are planned for the section x). This is a bug of the plugin")
                .contains("please report it at https://github.com/aimshandbook/aims-handbook/issues");
    }

    @Test
    void a_file_that_cannot_be_written_points_at_the_machine_first() {
        UncheckedIOException io = new UncheckedIOException("Cannot write the handbook to /x",
                new IOException("No space left on device"));

        MojoExecutionException e = catchThrowableOfType(MojoExecutionException.class,
                () -> Failures.run(() -> { throw io; }, ""));

        assertThat(e.getCause()).isSameAs(io);
        assertThat(e.getMessage()).startsWith("Cannot write the handbook to /x. Check the disk space and permissions")
                .contains("report it at");
    }

    @Test
    void an_error_that_escapes_the_engine_reaches_maven_as_an_execution_failure_with_a_line_for_the_user() {
        MojoExecutionException e = catchThrowableOfType(MojoExecutionException.class, () -> Failures.run(() -> {
            throw new StackOverflowError();
        }, "src/aims/"));

        assertThat(e).hasMessageStartingWith("The AIMS Handbook plugin failed (java.lang.StackOverflowError). This is"
                + " a bug of the plugin: please report it at ");
        assertThat(e.getCause()).isInstanceOf(StackOverflowError.class);
    }
}
