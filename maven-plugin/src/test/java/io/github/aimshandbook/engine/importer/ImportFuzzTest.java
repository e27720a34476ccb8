package io.github.aimshandbook.engine.importer;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.aimshandbook.engine.Fixtures;
import io.github.aimshandbook.engine.Options;
import io.github.aimshandbook.engine.Pipeline;
import io.github.aimshandbook.engine.model.Finding;
import io.github.aimshandbook.engine.model.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Fuzzes the import: whatever a document of the imported folder says -- metadata tables, front matter, links of
 * every shape, wiki links, citations -- the import ends in a tree that the real load, link and check stages accept
 * without a single error, as the goal promises, and it never writes into the folder it reads.
 */
class ImportFuzzTest {

    @FuzzTest
    @DictionaryEntries({"---\\x0A", "# ", "## Document control\\x0A", "| Document ID | ", "| Owner | ", " |\\x0A",
        "|---|---|\\x0A", "Document ID: ", "Owner: ", "Status: ", "Review cycle: ", "Approved by: ", "Approval date: ",
        "**", "[x](", "](", ")", "[[", "]]", "![i](", "#", "%20", " ", "<", ">", "../", "Other.md", "files/a.png",
        "[r]: ", "[r]", "Clause 8.4", "A.6.2.4", "A.6", "27001 ", "```\\x0A", "`", "| Control | Applicable |"
        + " Justification |\\x0A", "| A.2.2 | No | |\\x0A", "Organisation: ", "\\x0A"})
    void any_document_imports_into_a_tree_that_checks_without_errors(byte[] input) throws IOException {
        Path temp = Files.createTempDirectory("import-fuzz");
        try {
            Path source = temp.resolve("toolkit");
            Path fuzzed = source.resolve("01 Policies/Fuzzed Policy.md");
            Files.createDirectories(fuzzed.getParent());
            Files.write(fuzzed, input); // any bytes: not UTF-8 is a case too
            Fixtures.write(source.resolve("Other.md"), "# Other\n\nSee the [policy](01%20Policies/Fuzzed%20Policy.md#x)"
                    + " and [[Fuzzed Policy]].\n\n## A heading\n");
            Fixtures.write(source.resolve("files/a.png"), "not really an image");
            Path content = temp.resolve("src/aims");

            new Importer().run(source, content);

            List<Finding> errors = new Pipeline().check(Options.builder(content, temp.resolve("out"),
                    Fixtures.TODAY).checkOnly().build()).findings().stream()
                    .filter(f -> f.severity() == Severity.ERROR).toList();
            if (!errors.isEmpty()) {
                throw new AssertionError("the imported tree has errors: " + errors);
            }
            if (!java.util.Arrays.equals(Files.readAllBytes(fuzzed), input)) {
                throw new AssertionError("the import changed the folder it read");
            }
        } finally {
            try (Stream<Path> walk = Files.walk(temp)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.delete(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }
}
