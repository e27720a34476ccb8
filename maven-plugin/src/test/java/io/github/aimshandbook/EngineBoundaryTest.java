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

    /**
     * Links get their final address while a body is rendered (issue 13): no stage parses a rendered body again to
     * rewrite its links. The sanitizer is the one pass over a body's HTML; the search index and the PDF read HTML
     * without changing a link.
     */
    @Test
    void no_html_pass_rewrites_links_after_rendering() throws IOException {
        List<String> rewriting;
        try (Stream<Path> sources = Files.walk(ENGINE)) {
            rewriting = sources.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> lines(p).stream().anyMatch(l -> l.startsWith("import org.jsoup.")))
                    .flatMap(p -> lines(p).stream()
                            .filter(l -> l.matches(".*\\.attr\\(\"(href|src)\", .*"))
                            .map(l -> ENGINE.relativize(p) + ": " + l.strip()))
                    .toList();
        }

        assertThat(rewriting).isEmpty();
        assertThat(ENGINE.resolve("render/BodyLinks.java")).doesNotExist();
        assertThat(ENGINE.resolve("load/ParsedMarkdown.java")).doesNotExist();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
