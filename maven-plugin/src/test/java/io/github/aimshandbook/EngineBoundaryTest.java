package io.github.aimshandbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Only the goal classes may touch Maven: the engine runs in a plain JVM, as its tests and other front ends need. */
class EngineBoundaryTest {

    private static final Path ENGINE = Path.of("src/main/java/io/github/aimshandbook/engine");

    @Test
    void the_engine_imports_nothing_from_maven_doxia_or_plexus() throws IOException {
        List<String> offending;
        try (Stream<Path> sources = Files.walk(ENGINE)) {
            offending = sources.filter(p -> p.toString().endsWith(".java"))
                    .flatMap(p -> lines(p).stream()
                            .filter(l -> l.matches("import (static )?org\\.(apache\\.maven|codehaus\\.plexus|eclipse\\."
                                    + "(aether|sisu))\\..*"))
                            .map(l -> ENGINE.relativize(p) + ": " + l))
                    .toList();
        }

        assertThat(offending).isEmpty();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
