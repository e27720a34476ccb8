package io.github.aimshandbook.engine.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One walk, one rule for what belongs to the content: a link out of the folder is listed but never read. */
class ContentTreeTest {

    @TempDir
    Path temp;

    Path content;

    @BeforeEach
    void content() throws IOException {
        content = Files.createDirectories(temp.resolve("aims"));
        write("aims.yaml", "organization: X\n");
        write("procedures/b.md", "# B\n");
        write("procedures/a.adoc", "= A\n");
        write("procedures/deep/c.md", "# C\n");
        write("files/report.txt", "report");
        Files.writeString(temp.resolve("secret.txt"), "TOP SECRET");
        Files.createSymbolicLink(content.resolve("procedures/leak.md"), temp.resolve("secret.txt"));
        Files.createSymbolicLink(content.resolve("files/alias.txt"), content.resolve("files/report.txt"));
        Files.createDirectories(temp.resolve("elsewhere"));
        Files.createSymbolicLink(content.resolve("outside"), temp.resolve("elsewhere"));
    }

    @Test
    void lists_every_file_once_with_root_relative_paths_in_order() {
        ContentTree tree = ContentTree.walk(content);

        assertThat(tree.files().keySet()).containsExactly("aims.yaml", "files/alias.txt", "files/report.txt",
                "procedures/a.adoc", "procedures/b.md", "procedures/deep/c.md", "procedures/leak.md");
        assertThat(tree.filesIn("procedures", ".md")).containsExactly("procedures/b.md", "procedures/deep/c.md");
        assertThat(tree.filesIn("procedures", ".md", ".adoc")).hasSize(3);
        assertThat(tree.filesIn("nothing", ".md")).isEmpty();
        assertThat(tree.file("files/report.txt")).get().extracting(ContentTree.Entry::size).isEqualTo(6L);
    }

    @Test
    void a_link_to_a_file_outside_is_listed_but_never_read() {
        ContentTree tree = ContentTree.walk(content);

        assertThat(tree.file("procedures/leak.md")).get().extracting(ContentTree.Entry::inside).isEqualTo(false);
        assertThat(tree.readable("procedures/leak.md")).isEmpty();
        assertThat(tree.resolve("procedures", "leak.md")).isEmpty();
        assertThatThrownBy(() -> tree.read("procedures/leak.md")).isInstanceOf(NoSuchFileException.class);
        assertThat(tree.file("files/alias.txt")).get().extracting(ContentTree.Entry::inside).isEqualTo(true);
    }

    @Test
    void resolves_paths_written_in_content_only_to_files_of_the_content() throws IOException {
        ContentTree tree = ContentTree.walk(content);

        assertThat(tree.resolve("procedures", "../files/report.txt")).get()
                .extracting(ContentTree.Entry::path).isEqualTo("files/report.txt");
        assertThat(new String(tree.read("files/report.txt"), StandardCharsets.UTF_8)).isEqualTo("report");
        assertThat(tree.resolve("procedures", "../../secret.txt")).isEmpty();
        assertThat(tree.resolve("", temp.resolve("secret.txt").toString())).isEmpty();
        assertThat(tree.resolve("", "file:///etc/passwd")).isEmpty();
        assertThat(tree.resolve("", "files")).isEmpty(); // a folder is no file
        assertThat(tree.at(content.resolve("procedures/../files/report.txt"))).isPresent();
        assertThat(tree.at(temp.resolve("secret.txt"))).isEmpty();
    }

    @Test
    void inside_means_inside_once_links_are_followed_also_for_paths_that_do_not_exist_yet() throws IOException {
        ContentTree tree = ContentTree.walk(content);
        Path link = Files.createSymbolicLink(temp.resolve("link"), content);

        assertThat(tree.isInside(content.resolve("site/index.html"))).isTrue();
        assertThat(tree.isInside(link.resolve("site"))).isTrue();
        assertThat(tree.isInside(content.resolve("outside/site"))).isFalse();
        assertThat(tree.isInside(content.resolve("../secret.txt"))).isFalse();
        assertThat(tree.isInside(temp.resolve("target/aims"))).isFalse();
    }

    @Test
    void a_content_folder_reached_through_a_link_is_the_same_tree() throws IOException {
        Path link = Files.createSymbolicLink(temp.resolve("via"), content);
        ContentTree tree = ContentTree.walk(link);

        assertThat(tree.readable("files/report.txt")).isPresent();
        assertThat(tree.at(content.toRealPath().resolve("files/report.txt"))).isPresent();
        assertThat(tree.readable("procedures/leak.md")).isEmpty();
    }

    @Test
    void a_folder_that_is_not_there_is_an_empty_tree() {
        ContentTree tree = ContentTree.walk(temp.resolve("missing"));

        assertThat(tree.exists()).isFalse();
        assertThat(tree.files()).isEmpty();
    }

    private void write(String path, String text) throws IOException {
        Path file = content.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
