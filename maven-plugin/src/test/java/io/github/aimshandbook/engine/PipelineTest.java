package io.github.aimshandbook.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimshandbook.engine.model.Finding;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineTest {

    @TempDir
    Path temp;

    @Test
    void builds_the_small_fixture_without_errors() {
        Path content = Fixtures.copy("small", temp);
        Result result = Fixtures.build(content, temp.resolve("out"));
        result.findings().forEach(f -> System.out.println(f.format("")));
        assertThat(result.findings()).filteredOn(f -> f.severity().name().equals("ERROR"))
                .extracting(Finding::message).isEmpty();
        assertThat(temp.resolve("out/index.html")).exists();
    }
}
