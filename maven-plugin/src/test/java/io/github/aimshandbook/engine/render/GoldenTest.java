package io.github.aimshandbook.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimshandbook.engine.Fixtures;
import io.github.aimshandbook.engine.Options;
import io.github.aimshandbook.engine.Pipeline;
import io.github.aimshandbook.engine.Result;
import io.github.aimshandbook.engine.model.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden tests: builds {@code src/test/resources/golden/input/} with the real pipeline and compares every HTML page,
 * the page tree ({@code assets/nav.js}), the search index and {@code aims-report.json} with the files of
 * {@code golden/expected/}, byte for byte. A change of the output, on purpose or not, shows up here as a diff a
 * reviewer reads.
 *
 * <p>After a change on purpose, regenerate the expected files and review their diff before committing:
 * {@code mvn -B -q -pl maven-plugin -am test -Dtest=GoldenTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dinvoker.skip=true -Daims.golden.update=true}
 */
class GoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden").toAbsolutePath();
    private static final boolean UPDATE = Boolean.getBoolean("aims.golden.update");

    @TempDir
    Path temp;

    @Test
    void the_pages_and_the_report_of_the_golden_fixture_are_exactly_the_expected_ones() throws IOException {
        Path out = temp.resolve("out");
        // the PDF is not compared (HandbookPdfTest reads it); leaving it out keeps this test quick
        Result result = new Pipeline().run(Options.builder(GOLDEN.resolve("input"), out, Fixtures.TODAY).pdf(false)
                .build());
        assertThat(result.count(Severity.ERROR)).as("the golden input builds without errors").isZero();
        Set<String> produced = compared(out);
        Path expected = GOLDEN.resolve("expected");
        if (UPDATE) {
            rewrite(out, expected, produced);
        }
        Set<String> wanted = compared(expected);
        assertThat(produced).as("files of the golden output (regenerate with -Daims.golden.update=true)")
                .containsExactlyElementsOf(wanted);
        List<String> different = new ArrayList<>();
        for (String file : produced) {
            String now = Files.readString(out.resolve(file));
            String before = Files.readString(expected.resolve(file));
            if (!now.equals(before)) {
                different.add(file + " " + firstDifference(before, now));
            }
        }
        assertThat(different).as("files that differ from golden/expected (regenerate with"
                + " -Daims.golden.update=true and review the diff)").isEmpty();
    }

    @Test
    void the_golden_output_has_a_page_of_every_page_kind() {
        Set<String> pages = compared(GOLDEN.resolve("expected"));
        for (PageKind kind : PageKinds.ALL) {
            assertThat(pages).as("register page of " + kind.key()).contains(kind.path());
            if (kind.items() != null && kind.items().template() != null) {
                String folder = kind.items().kind().href("x").replace("x.html", "");
                assertThat(pages).as("a page of " + kind.items().kind().label() + " items")
                        .anyMatch(p -> p.startsWith(folder) && !p.equals(kind.path()));
            }
        }
        assertThat(pages).contains("404.html", "aims-report.json");
    }

    /** Where two texts part, as a reader wants to see it: the line number and both versions of that line. */
    private static String firstDifference(String expected, String actual) {
        String[] a = expected.split("\n", -1);
        String[] b = actual.split("\n", -1);
        int i = 0;
        while (i < a.length && i < b.length && a[i].equals(b[i])) {
            i++;
        }
        return "from line " + (i + 1) + ": expected <" + (i < a.length ? a[i] : "(end)") + "> but was <"
                + (i < b.length ? b[i] : "(end)") + ">";
    }

    /** The files a golden test compares: pages, page tree, search index and report, by path. */
    private static Set<String> compared(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(".html") || p.equals("aims-report.json") || p.equals(NavScript.PATH)
                            || p.equals(SearchIndex.PATH))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void rewrite(Path out, Path expected, Set<String> files) throws IOException {
        if (Files.exists(expected)) {
            try (Stream<Path> walk = Files.walk(expected)) {
                for (Path p : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
                    Files.delete(p);
                }
            }
        }
        for (String file : files) {
            Path target = expected.resolve(file);
            Files.createDirectories(target.getParent());
            Files.copy(out.resolve(file), target);
        }
    }
}
