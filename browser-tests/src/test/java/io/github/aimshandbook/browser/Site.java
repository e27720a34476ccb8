package io.github.aimshandbook.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The generated example handbook under test: where it is and which pages it has. Pages are named by their path
 * relative to the handbook's root, with '/' separators, as a reader sees them in the address bar.
 */
record Site(Path root) {

    /** Pages a reader lands on most; the checks that are too slow for every page run on these. */
    static final List<String> MAIN_PAGES = List.of(
            "index.html", "soa.html", "controls/A.6.2.4.html", "traceability.html", "risks/index.html",
            "systems/credit-scoring.html", "documents/ai-policy.html");

    /** The handbook that site-example generated earlier in the same reactor build (see this module's pom). */
    static Site fromBuild() {
        String dir = System.getProperty("aims.site.dir", "../site-example/target/aims");
        Path root = Path.of(dir).toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("index.html"))) {
            throw new AssertionError("The example handbook is missing: " + root.resolve("index.html")
                    + " does not exist. These tests open the handbook that site-example generates; run them through"
                    + " the reactor from the project root (mvn -B verify, or mvn -B verify -pl browser-tests -am),"
                    + " or point -Daims.site.dir at a generated handbook.");
        }
        return new Site(root);
    }

    /** Every HTML page of the handbook, sorted, so that failures are reported in a stable order. */
    List<String> pages() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".html"))
                    .map(this::name)
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Files of the given extension ("css"), by name, sorted. */
    List<String> files(String extension) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith("." + extension)).map(this::name).sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path file(String page) {
        return root.resolve(page);
    }

    URI fileUri(String page) {
        return root.resolve(page).toUri();
    }

    String name(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** Where a file is, as a reader of a failure message can open it: relative to the project root. */
    String display(String page) {
        Path file = root.resolve(page);
        Path projectRoot = Path.of("").toAbsolutePath().getParent();
        return projectRoot != null && file.startsWith(projectRoot) ? projectRoot.relativize(file).toString()
                : file.toString();
    }
}
