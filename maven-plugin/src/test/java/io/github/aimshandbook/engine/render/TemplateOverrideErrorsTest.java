package io.github.aimshandbook.engine.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.aimshandbook.engine.Fixtures;
import io.github.aimshandbook.engine.Options;
import io.github.aimshandbook.engine.Pipeline;
import io.github.aimshandbook.engine.UserError;
import io.github.aimshandbook.engine.model.Location;
import io.github.aimshandbook.engine.tree.ContentTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken template override is the user's to fix: the error names the file, line and column, and what is wrong. */
class TemplateOverrideErrorsTest {

    /** Models as templates get them: records. */
    public record Roles(java.util.List<String> roles) {
    }

    public record Empty() {
    }

    @TempDir
    Path content;

    @Test
    void an_override_that_does_not_parse_names_its_file_line_and_column() throws IOException {
        Path templates = Files.createDirectories(content.resolve("templates"));
        Files.writeString(templates.resolve("roles.ftlh"),
                "<p>Roles</p>\n<#iff roles?has_content>\n  <p>${roles?size}</p>\n</#iff>\n");

        UserError e = catchThrowableOfType(UserError.class, () -> new Templates(ContentTree.walk(content), "templates")
                .render("roles.ftlh", new Roles(java.util.List.of())));

        assertThat(e.title()).isEqualTo("The template override roles.ftlh is broken");
        assertThat(e.location().file()).isEqualTo("templates/roles.ftlh");
        assertThat(e.location()).isEqualTo(new Location("templates/roles.ftlh", 2, 2));
        assertThat(e.detail()).startsWith("Freemarker cannot parse it: ").contains("#iff").doesNotContain("\n");
        assertThat(e.getSuppressed()).singleElement().isInstanceOf(freemarker.core.ParseException.class);
        assertThat(e.describe("src/aims/")).startsWith("The template override roles.ftlh is broken"
                + " (src/aims/templates/roles.ftlh:2:2): Freemarker cannot parse it: ");
    }

    @Test
    void an_override_that_fails_while_rendering_names_the_line_of_the_failing_expression() throws IOException {
        Path templates = Files.createDirectories(content.resolve("templates"));
        Files.writeString(templates.resolve("scope.ftlh"), "<h1>Scope</h1>\n<p>${nosuchvalue.name}</p>\n");

        UserError e = catchThrowableOfType(UserError.class, () -> new Templates(ContentTree.walk(content), "templates")
                .render("scope.ftlh", new Empty()));

        assertThat(e.location()).isEqualTo(new Location("templates/scope.ftlh", 2, 6));
        assertThat(e.detail()).startsWith("Freemarker stopped: ").contains("nosuchvalue");
    }

    @Test
    void a_built_in_template_that_fails_is_a_bug_of_the_plugin_not_a_user_error() {
        Throwable e = catchThrowableOfType(RenderException.class,
                () -> new Templates(ContentTree.walk(content), "templates").render("roles.ftlh", new Empty()));

        assertThat(e).isNotInstanceOf(UserError.class).hasMessageStartingWith("The built-in page template");
    }

    @Test
    void an_override_that_asks_the_former_v_object_names_its_line_and_writes_nothing() throws IOException {
        Path root = Fixtures.copy("small", content);
        Path out = content.resolve("out");
        Files.createDirectories(root.resolve("templates"));
        Files.writeString(root.resolve("templates/roles.ftlh"), "<#include \"layout.ftlh\">\n<@layout>\n"
                + "<#list v.roles() as r><p>${r.title}</p></#list>\n</@layout>\n");

        UserError e = catchThrowableOfType(UserError.class, () -> new Pipeline().run(Options.builder(root, out,
                Fixtures.TODAY).pdf(false).build()));

        assertThat(e.title()).isEqualTo("The template override roles.ftlh is broken");
        assertThat(e.location().file()).isEqualTo("templates/roles.ftlh");
        assertThat(e.location().line()).isEqualTo(3);
        assertThat(e.detail()).startsWith("Freemarker stopped: ").contains("v");
        assertThat(out.resolve("roles.html")).doesNotExist();
    }
}
