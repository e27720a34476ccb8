package io.github.aimshandbook.engine.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aimshandbook.engine.Fixtures;
import io.github.aimshandbook.engine.tree.ContentTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pull request can change the content's {@code templates/} folder as well as its text. Templates may shape
 * pages, but not create Java objects, reach the Java API, or publish files from outside the content.
 */
class HostileTemplatesTest {

    /** A model with one value, {@code m}, as templates get their models: records. */
    public record Model(Map<String, String> m) {
    }

    @TempDir
    Path temp;

    @Test
    void a_template_cannot_create_java_objects_with_new() throws IOException {
        Files.writeString(temp.resolve("evil.ftlh"), "<#assign s = \"freemarker.template.SimpleSequence\"?new()>"
                + "made ${s?size}");

        assertThatThrownBy(() -> new Templates(ContentTree.walk(temp), "").render("evil.ftlh", new Model(Map.of())))
                .isInstanceOf(io.github.aimshandbook.engine.UserError.class).hasMessageContaining("evil.ftlh")
                .hasMessageContaining("SimpleSequence");
    }

    @Test
    void a_template_cannot_reach_the_java_api() throws IOException {
        Files.writeString(temp.resolve("evil.ftlh"), "${m?api.getClass().getName()}");
        Model model = new Model(new HashMap<>(Map.of("k", "v")));

        assertThatThrownBy(() -> new Templates(ContentTree.walk(temp), "").render("evil.ftlh", model))
                .isInstanceOf(io.github.aimshandbook.engine.UserError.class).hasMessageContaining("?api");
    }

    @Test
    void content_values_are_printed_as_text_never_run_as_template_or_html() throws IOException {
        Path content = Fixtures.copy("small", temp);
        Fixtures.write(content.resolve("aims.yaml"), Fixtures.read(content.resolve("aims.yaml")).replace(
                "organization: Fixture Analytics GmbH",
                "organization: \"${7*7} <#assign x = 1> <script>alert(1)</script>\""));
        Path out = temp.resolve("out");

        Fixtures.build(content, out);

        String index = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
        assertThat(index).contains("${7*7} &lt;#assign x = 1&gt; &lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("49 ", "<script>alert(1)");
    }

    @Test
    void a_theme_file_linked_to_a_file_outside_the_content_is_not_published() throws IOException {
        Path content = Fixtures.copy("small", temp);
        Path secret = Files.writeString(temp.resolve("secret.css"), "/* TOP SECRET */");
        Files.createDirectories(content.resolve("templates/assets"));
        Files.createSymbolicLink(content.resolve("templates/assets/aims.css"), secret);
        Path out = temp.resolve("out");

        Fixtures.build(content, out);

        assertThat(Files.readString(out.resolve("assets/aims.css"))).doesNotContain("TOP SECRET").isNotEmpty();
    }
}
