package io.github.aimshandbook.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimshandbook.engine.tree.ContentTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * AsciiDoc can read files, fetch URLs and paste raw HTML from beside the document. Rendered as the handbook renders
 * it (before the sanitizer, so that each lock is seen on its own), hostile AsciiDoc gets none of that.
 */
class AsciidocSafetyTest {

    @TempDir
    static Path temp;

    private static Path content;
    private static AsciidocRenderer renderer;

    @BeforeAll
    static void start() throws IOException {
        content = Files.createDirectories(temp.resolve("aims"));
        Files.createDirectories(content.resolve("procedures"));
        Files.createDirectories(content.resolve("files"));
        Files.writeString(content.resolve("files/flow.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Files.writeString(content.resolve("files/part.adoc"), "Included from the content.");
        Files.writeString(temp.resolve("secret.txt"), "TOP SECRET");
        Files.writeString(content.resolve("procedures/docinfo.html"), "<script>docinfo()</script>");
        Files.writeString(content.resolve("procedures/p-docinfo.html"), "<script>docinfo()</script>");
        renderer = new AsciidocRenderer(ContentTree.walk(content));
        targets = LinkTargets.web(io.github.aimshandbook.engine.Scenario.small(temp.resolve("linked")).run()
                .handbook(), "procedures/p.adoc", "documents/p.html");
    }

    private static LinkTargets targets;

    @AfterAll
    static void stop() {
        renderer.close();
    }

    private static String render(String adoc) {
        return renderer.toHtml(adoc, targets);
    }

    @Test
    void includes_files_of_the_content() {
        assertThat(render("include::../files/part.adoc[]")).contains("Included from the content.");
    }

    @Test
    void refuses_an_include_outside_the_content() {
        String html = render("include::../../secret.txt[]");

        assertThat(html).doesNotContain("TOP SECRET").contains("is not available");
    }

    @Test
    void refuses_an_include_by_absolute_path() {
        String html = render("include::" + temp.resolve("secret.txt").toAbsolutePath() + "[]");

        assertThat(html).doesNotContain("TOP SECRET").contains("is not available");
    }

    @Test
    void refuses_an_include_of_a_url_even_when_the_document_allows_uri_reads() {
        String html = render("= T\n:allow-uri-read:\n\ninclude::https://example.invalid/x.adoc[]");

        assertThat(html).contains("is not available");
    }

    @Test
    void ignores_docinfo_files_beside_the_document() {
        String html = render("= T\n:docinfo: shared,private\n\nText.");

        assertThat(html).doesNotContain("docinfo()").contains("Text.");
    }

    @Test
    void a_document_cannot_unlock_data_uris_and_embed_files() {
        String html = render("= T\n:data-uri:\n\nimage::../files/flow.svg[Flow]");

        assertThat(html).contains("../files/flow.svg").doesNotContain("data:image");
    }

    @Test
    void shows_no_path_of_the_build_machine() {
        String html = render("Home {user-home}, dir {docdir}, file {docfile}.");

        assertThat(html).doesNotContain(System.getProperty("user.home") + ",", temp.toString());
    }
}
