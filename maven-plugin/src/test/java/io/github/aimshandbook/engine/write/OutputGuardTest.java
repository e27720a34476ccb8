package io.github.aimshandbook.engine.write;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimshandbook.engine.tree.ContentTree;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every output folder whose cleaning would destroy something is refused before anything is written. */
class OutputGuardTest {

    @TempDir
    Path temp;

    @Test
    void refuses_the_content_folder_itself() throws Exception {
        Path content = Files.createDirectories(temp.resolve("aims"));

        assertThat(OutputGuard.problem(ContentTree.walk(content), content)).get().asString().contains("is or contains the content");
    }

    @Test
    void refuses_a_folder_that_contains_the_content() throws Exception {
        Path content = Files.createDirectories(temp.resolve("src/aims"));

        assertThat(OutputGuard.problem(ContentTree.walk(content), temp.resolve("src"))).get().asString()
                .contains("is or contains the content");
    }

    @Test
    void refuses_a_folder_inside_the_content() throws Exception {
        Path content = Files.createDirectories(temp.resolve("aims"));

        assertThat(OutputGuard.problem(ContentTree.walk(content), content.resolve("site"))).get().asString()
                .contains("is inside the content folder");
    }

    @Test
    void refuses_a_folder_that_reaches_the_content_through_a_symbolic_link() throws Exception {
        Path content = Files.createDirectories(temp.resolve("aims"));
        Path link = Files.createSymbolicLink(temp.resolve("link"), content);

        assertThat(OutputGuard.problem(ContentTree.walk(content), link.resolve("site"))).get().asString()
                .contains("is inside the content folder");
    }

    @Test
    void refuses_a_filesystem_root() throws Exception {
        Path content = Files.createDirectories(temp.resolve("aims"));

        assertThat(OutputGuard.problem(ContentTree.walk(content), Path.of("/"))).get().asString().contains("is a filesystem root");
    }

    @Test
    void refuses_the_home_folder() throws Exception {
        Path content = Files.createDirectories(temp.resolve("aims"));

        assertThat(OutputGuard.problem(ContentTree.walk(content), Path.of(System.getProperty("user.home")))).get().asString()
                .contains("is your home folder");
    }

    @Test
    void accepts_a_folder_beside_the_content() throws Exception {
        Path content = Files.createDirectories(temp.resolve("src/aims"));

        assertThat(OutputGuard.problem(ContentTree.walk(content), temp.resolve("target/aims"))).isEmpty();
    }
}
