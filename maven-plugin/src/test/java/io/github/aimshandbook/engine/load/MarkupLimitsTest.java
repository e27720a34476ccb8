package io.github.aimshandbook.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimshandbook.engine.model.Document;
import io.github.aimshandbook.engine.model.Finding;
import io.github.aimshandbook.engine.model.Findings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each limit of {@link MarkupLimits}, passed by a document of the shape that breaks the libraries, gives one error
 * at the line and column where it is passed; the document keeps its metadata and loses its text; real documents
 * pass every limit.
 */
class MarkupLimitsTest {

    private static final String FRONT = "---\ntitle: Hostile\nowner: ceo\n---\n";

    private record Read(Document document, List<Finding> findings) {
        List<String> limits() {
            return findings.stream().filter(f -> f.code().equals("markup-limit")).map(f -> f.format("")).toList();
        }
    }

    private static Read read(String path, String text) {
        Findings findings = new Findings();
        Document d = new DocumentReader(findings).read(text, path, "policy").orElseThrow();
        return new Read(d, findings.sorted());
    }

    @Test
    void twenty_thousand_nested_block_quotes_give_one_error_where_the_limit_is_passed() {
        Read r = read("policies/quotes.md", FRONT + "# Quotes\n\nIntro.\n\n" + ">".repeat(20_000) + " deep\n");

        assertThat(r.limits()).singleElement().asString().startsWith("policies/quotes.md:9:33: error:")
                .contains("limit on nesting", "more than 32 block quotes and lists", "Flatten the structure");
        assertThat(r.document().body()).isEmpty();
        assertThat(r.document().title()).isEqualTo("Hostile");
        assertThat(r.document().owner().id()).isEqualTo("ceo");
    }

    @Test
    void fifty_thousand_nested_brackets_give_one_error_where_the_limit_is_passed() {
        Read r = read("policies/brackets.md", FRONT + "Text " + "[".repeat(50_000) + "\n");

        assertThat(r.limits()).singleElement().asString().startsWith("policies/brackets.md:5:38: error:")
                .contains("more than 32 brackets", "escape them as '\\['");
    }

    @Test
    void lists_nested_by_indentation_and_by_markers_count_as_nesting() {
        StringBuilder indented = new StringBuilder(FRONT);
        for (int level = 0; level < 40; level++) {
            indented.append("  ".repeat(level)).append("- level ").append(level).append('\n');
        }
        Read byIndent = read("policies/list.md", indented.toString());
        Read byMarkers = read("policies/markers.md", FRONT + "- > ".repeat(20) + "x\n");

        assertThat(byIndent.limits()).singleElement().asString().startsWith("policies/list.md:37:65:");
        assertThat(byMarkers.limits()).singleElement().asString().startsWith("policies/markers.md:5:")
                .contains("limit on nesting");
    }

    @Test
    void quotes_and_brackets_inside_a_fenced_code_block_are_code() {
        Read r = read("policies/code.md", FRONT + "```\n" + "[".repeat(100) + "\n- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -\n```\n");

        assertThat(r.findings()).isEmpty();
        assertThat(r.document().body()).contains("[[[[");
    }

    @Test
    void a_line_too_long_a_table_too_wide_and_deep_raw_html_are_errors() {
        Read line = read("policies/line.md", FRONT + "a".repeat(100_001) + "\n");
        Read wide = read("policies/wide.md", FRONT + "|" + " a |".repeat(101) + "\n|" + "---|".repeat(101) + "\n");
        Read html = read("policies/html.md", FRONT + "<div>".repeat(33) + "x" + "</div>".repeat(33) + "\n");
        Read closed = read("policies/closed.md", FRONT + "<div>x</div>".repeat(1000) + "<br><p>a<p>b\n");

        assertThat(line.limits()).singleElement().asString().startsWith("policies/line.md:5:100001:")
                .contains("a line of 100001 characters");
        assertThat(wide.limits()).singleElement().asString().startsWith("policies/wide.md:5:1:")
                .contains("a table of 101 columns, more than 100", "CSV");
        assertThat(html.limits()).singleElement().asString().startsWith("policies/html.md:5:161:")
                .contains("more than 32 HTML elements");
        assertThat(closed.limits()).isEmpty();
    }

    @Test
    void a_table_of_too_many_cells_is_an_error_at_the_row_that_passes_the_limit() {
        StringBuilder table = new StringBuilder(FRONT + "| a | b |\n|---|---|\n");
        for (int row = 0; row < 25_001; row++) {
            table.append("| 1 | 2 |\n");
        }
        Read r = read("policies/table.md", table.toString());

        assertThat(r.limits()).singleElement().asString().startsWith("policies/table.md:25005:")
                .contains("more than 50000 cells");
    }

    @Test
    void asciidoc_blocks_lists_and_table_cells_have_the_same_limits() {
        StringBuilder blocks = new StringBuilder("= Blocks\n:owner: ceo\n\n");
        for (int level = 0; level < 40; level++) {
            blocks.append("=".repeat(4 + level)).append('\n');
        }
        Read nested = read("procedures/blocks.adoc", blocks.toString());
        Read list = read("procedures/list.adoc", "= List\n\n" + "*".repeat(40) + " deep\n");
        StringBuilder cells = new StringBuilder("= Table\n\n|===\n");
        for (int row = 0; row < 25_001; row++) {
            cells.append("|1 |2\n");
        }
        Read table = read("procedures/table.adoc", cells.append("|===\n").toString());
        Read listing = read("procedures/listing.adoc", "= Listing\n\n----\n" + "====\n".repeat(40) + "[".repeat(40)
                + "\n----\n");

        assertThat(nested.limits()).singleElement().asString().startsWith("procedures/blocks.adoc:36:1:")
                .contains("more than 32 blocks");
        assertThat(nested.document().owner().id()).isEqualTo("ceo");
        assertThat(list.limits()).singleElement().asString().startsWith("procedures/list.adoc:3:1:");
        assertThat(table.limits()).singleElement().asString().startsWith("procedures/table.adoc:25004:")
                .contains("more than 50000 cells");
        assertThat(listing.findings()).isEmpty();
    }

    @Test
    void markdown_in_yaml_has_the_limits_of_documents() {
        Findings findings = new Findings();
        String yaml = "id: R-9\ntitle: Deep\ndescription: |\n  " + ">".repeat(20_000) + " x\n";
        var map = new YamlParser(findings).parse(yaml, "risks/R-9.yaml", 0)
                .flatMap(n -> YamlMap.of(n, "risks/R-9.yaml", 0, findings, "risk")).orElseThrow();

        assertThat(map.text("description").markdown()).isEmpty();
        assertThat(findings.sorted()).extracting(f -> f.format("")).singleElement().asString()
                .startsWith("risks/R-9.yaml:4:35: error:").contains("limit on nesting");
    }

    @Test
    void no_document_of_the_example_handbook_or_the_fixtures_passes_a_limit() throws IOException {
        List<Path> documents = new ArrayList<>();
        for (Path root : List.of(Path.of("..", "site-example", "src", "aims"), Path.of("src", "test", "resources"))) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".adoc"))
                        .filter(p -> !p.toString().contains("Inputs")).forEach(documents::add);
            }
        }
        List<String> passed = new ArrayList<>();
        for (Path p : documents) {
            Findings findings = new Findings();
            String text = Files.readString(p);
            boolean within = p.toString().endsWith(".md") ? MarkupLimits.markdown(text, p.toString(), 1, 0, findings)
                    : MarkupLimits.asciidoc(text, p.toString(), 1, findings);
            if (!within) {
                findings.sorted().forEach(f -> passed.add(f.format("")));
            }
        }

        assertThat(documents).hasSizeGreaterThan(20);
        assertThat(passed).isEmpty();
    }
}
