package io.github.aimshandbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Only the goal classes may touch Maven: the engine runs in a plain JVM, as its tests and other front ends need. And
 * only the content tree reads the content.
 */
class EngineBoundaryTest {

    private static final Path ENGINE = Path.of("src/main/java/io/github/aimshandbook/engine");

    /**
     * Only the classes that touch other folders than the content may use the file system themselves: the output
     * (write), the up-to-date state and the plugin's jars (state), the starter files of aims:init (starter), the tree
     * aims:import writes (importer; it reads the folder it imports through a content tree of its own), and the
     * pipeline, which sizes the files it wrote. Everything else reads the content through {@code tree/ContentTree},
     * so that one rule decides what belongs to the content.
     */
    private static final Set<String> MAY_USE_FILES = Set.of("tree/ContentTree.java", "Pipeline.java",
            "state/FileHashes.java", "state/UpToDate.java", "write/OutputWriter.java", "starter/Starter.java",
            "importer/ImportWriter.java",
            // aims:serve reads the preview handbook to serve it and walks the content folder to watch it
            "serve/PreviewServer.java", "serve/ContentWatcher.java");

    @Test
    void the_engine_imports_nothing_from_maven_doxia_or_plexus() throws IOException {
        assertThat(lines(file -> true, "import (static )?org\\.(apache\\.maven|codehaus\\.plexus|eclipse\\."
                + "(aether|sisu))\\..*")).isEmpty();
    }

    @Test
    void only_the_content_tree_reads_the_content_folder() throws IOException {
        assertThat(lines(file -> !MAY_USE_FILES.contains(file), ".*\\b(Files\\.|Files::|toRealPath\\(|"
                + "FileTemplateLoader|FileInputStream|FileReader|RandomAccessFile).*")).isEmpty();
    }

    /**
     * Data flows one way through the stages: a stage imports only the stages before it, plus the model, the content
     * tree and the Markdown syntax that load and render share. Render never reaches back into load. The importer sits
     * beside the pipeline, before load: it writes the content that load reads, and never reaches past load.
     */
    private static final Map<String, Set<String>> MAY_IMPORT = Map.of(
            "model", Set.of(),
            "tree", Set.of(),
            "markup", Set.of(),
            "load", Set.of("model", "tree", "markup"),
            "link", Set.of("model"),
            "check", Set.of("model", "link"),
            "render", Set.of("model", "tree", "markup", "link", "check"),
            "write", Set.of("tree", "render"),
            // aims:import reads Markdown as the load stage does (its catalog, its heading ids) and writes content
            "importer", Set.of("model", "tree", "markup", "load"));

    @Test
    void each_stage_imports_only_the_stages_before_it() throws IOException {
        for (Map.Entry<String, Set<String>> stage : MAY_IMPORT.entrySet()) {
            Set<String> allowed = new TreeSet<>(stage.getValue());
            allowed.add(stage.getKey());
            String others = "(?!(" + String.join("|", allowed) + ")\\.)[a-z]+";
            assertThat(lines(file -> file.startsWith(stage.getKey() + "/"),
                    "import io\\.github\\.aimshandbook\\.engine\\." + others + "\\..*"))
                    .as("imports of the %s stage", stage.getKey()).isEmpty();
        }
    }

    /** The lines of the engine's sources in the files {@code which} accepts that match {@code regex}. */
    private static List<String> lines(Predicate<String> which, String regex) throws IOException {
        try (Stream<Path> sources = Files.walk(ENGINE)) {
            return sources.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> which.test(ENGINE.relativize(p).toString().replace('\\', '/')))
                    .flatMap(p -> lines(p).stream().filter(l -> l.matches(regex))
                            .map(l -> ENGINE.relativize(p) + ": " + l.strip()))
                    .toList();
        }
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
