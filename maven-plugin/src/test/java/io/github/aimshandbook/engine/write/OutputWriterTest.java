package io.github.aimshandbook.engine.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aimshandbook.engine.Fixtures;
import io.github.aimshandbook.engine.Options;
import io.github.aimshandbook.engine.Pipeline;
import io.github.aimshandbook.engine.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {

    @TempDir
    Path temp;

    @Test
    void keeps_the_previous_handbook_when_the_content_has_errors() throws Exception {
        Path content = Fixtures.copy("small", temp);
        Path out = temp.resolve("out");
        Fixtures.build(content, out);
        byte[] before = Files.readAllBytes(out.resolve("index.html"));

        Fixtures.write(content.resolve("policies/ai-policy.md"),
                Fixtures.read(content.resolve("policies/ai-policy.md")).replace("[[aims-lead]]", "[[aims-lad]]"));
        Result failed = Fixtures.build(content, out);

        assertThat(failed.filesWritten()).isZero();
        assertThat(Files.readAllBytes(out.resolve("index.html"))).isEqualTo(before);
        assertThat(Files.readString(out.resolve("documents/ai-policy.html"))).contains("AIMS Lead");
    }

    @Test
    void removes_pages_of_entities_that_no_longer_exist() throws Exception {
        Path content = Fixtures.copy("small", temp);
        Path out = temp.resolve("out");
        Fixtures.build(content, out);
        Files.delete(content.resolve("records/management-review-2026.md"));

        Fixtures.build(content, out);

        assertThat(out.resolve("documents/management-review-2026.html")).doesNotExist();
        assertThat(out.resolve("documents/ai-policy.html")).exists();
    }

    @Test
    void refuses_to_write_into_the_content_folder() {
        Path content = Fixtures.copy("small", temp);

        assertThatThrownBy(() -> new Pipeline().run(Options.builder(content, content.resolve("site"), Fixtures.TODAY)
                .build())).hasMessageContaining("is inside the content folder");
        assertThatThrownBy(() -> new Pipeline().run(Options.builder(content, temp, Fixtures.TODAY).build()))
                .hasMessageContaining("is or contains the content folder");
        assertThat(content.resolve("site")).doesNotExist();
    }

    @Test
    void never_writes_into_the_content_folder() throws Exception {
        Path content = Fixtures.copy("small", temp);
        long before;
        try (var walk = Files.walk(content)) {
            before = walk.count();
        }
        Fixtures.build(content, temp.resolve("out"));
        try (var walk = Files.walk(content)) {
            assertThat(walk.count()).isEqualTo(before);
        }
    }

    @Test
    void keeps_files_that_others_put_into_the_output_folder() throws Exception {
        Path content = Fixtures.copy("small", temp);
        Path out = temp.resolve("out");
        Files.createDirectories(out.resolve("ci"));
        Files.writeString(out.resolve("ci/coverage.txt"), "92%");
        Fixtures.build(content, out);
        Files.writeString(out.resolve("CNAME"), "aims.example.com");
        Files.delete(content.resolve("records/management-review-2026.md"));

        Fixtures.build(content, out);

        assertThat(out.resolve("ci/coverage.txt")).hasContent("92%");
        assertThat(out.resolve("CNAME")).hasContent("aims.example.com");
        assertThat(out.resolve("documents/management-review-2026.html")).as("ours, and gone").doesNotExist();
    }
}
