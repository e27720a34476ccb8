package io.github.aimshandbook.engine.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimshandbook.engine.model.BodyIds;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LinkRewriterTest {

    /** The source folder of these tests: two policies, a procedure with headings, and a spreadsheet. */
    private static final class Folder implements LinkRewriter.Targets {
        final Map<String, String> documents = Map.of(
                "01 Policies/01 AI Policy.md", "policies/POL-01.md",
                "01 Policies/02 Use Policy.md", "policies/POL-02.md",
                "02 Procedures/Risk Method.md", "procedures/PRO-01.md");
        final Map<String, String> ids = Map.of(
                "01 Policies/01 AI Policy.md", "POL-01",
                "01 Policies/02 Use Policy.md", "POL-02",
                "02 Procedures/Risk Method.md", "PRO-01");
        final Map<String, String> copied = new TreeMap<>();

        @Override
        public Optional<String> document(String sourcePath) {
            return Optional.ofNullable(documents.get(sourcePath));
        }

        @Override
        public BodyIds ids(String sourcePath) {
            return new BodyIds(new TreeSet<>(sourcePath.startsWith("02") ? Set.of("risk-method", "3-scoring")
                    : Set.of("ai-policy", "purpose")), true);
        }

        @Override
        public Optional<String> id(String sourcePath) {
            return Optional.ofNullable(ids.get(sourcePath));
        }

        @Override
        public Optional<String> attachment(String sourcePath) {
            return Optional.of(copied.computeIfAbsent(sourcePath, p -> "files/" + p));
        }

        @Override
        public boolean isId(String id) {
            return id.equals("A.5.2") || ids.containsValue(id);
        }

        @Override
        public List<String> sourceFiles() {
            return List.of("01 Policies/01 AI Policy.md", "01 Policies/02 Use Policy.md",
                    "02 Procedures/Risk Method.md", "04 Templates/Risk Register.xlsx");
        }
    }

    private final Folder folder = new Folder();

    private LinkRewriter.Outcome rewrite(String body) {
        return new LinkRewriter(folder, "01 Policies/01 AI Policy.md", "policies/POL-01.md").rewrite(body);
    }

    @Test
    void links_with_spaces_written_raw_encoded_or_in_angle_brackets_lead_to_the_new_files() {
        LinkRewriter.Outcome out = rewrite("""
                See [the method](../02 Procedures/Risk Method.md), [again](../02%20Procedures/Risk%20Method.md \
                "Risk method") and [once more](<../02 Procedures/Risk Method.md>); [use](02 Use Policy.md).
                """);

        assertThat(out.body()).isEqualTo("""
                See [the method](../procedures/PRO-01.md), [again](../procedures/PRO-01.md "Risk method") and \
                [once more](../procedures/PRO-01.md); [use](POL-02.md).
                """);
        assertThat(out.rewritten()).isEqualTo(4);
        assertThat(out.changes()).isEmpty();
    }

    @Test
    void a_fragment_is_kept_when_the_target_has_it_and_corrected_when_written_in_another_case() {
        LinkRewriter.Outcome out = rewrite("[a](../02 Procedures/Risk Method.md#3-scoring) "
                + "[b](../02 Procedures/Risk Method.md#3-Scoring) [c](../02 Procedures/Risk Method.md#gone)");

        assertThat(out.body()).isEqualTo("[a](../procedures/PRO-01.md#3-scoring) [b](../procedures/PRO-01.md#3-scoring)"
                + " [c](../procedures/PRO-01.md)");
        assertThat(out.changes()).extracting(LinkRewriter.Change::what).containsExactly(
                "names #3-Scoring, which the heading's id is written as #3-scoring; the link now leads there",
                "names #gone, but 02 Procedures/Risk Method.md has no heading with that id; the link now leads to the"
                        + " top of the document");
    }

    @Test
    void a_link_that_leads_nowhere_becomes_its_text_and_is_listed_with_its_line() {
        LinkRewriter.Outcome out = rewrite("Intro\n\nSee the [escalation policy](05%20Escalation.md) now.\n");

        assertThat(out.body()).isEqualTo("Intro\n\nSee the escalation policy now.\n");
        assertThat(out.changes()).singleElement().satisfies(c -> {
            assertThat(c.line()).isEqualTo(3);
            assertThat(c.written()).isEqualTo("05%20Escalation.md");
            assertThat(c.what()).startsWith("leads to no file of the imported folder");
        });
    }

    @Test
    void a_link_to_a_file_that_is_not_markdown_leads_to_its_copy_under_files() {
        LinkRewriter.Outcome out = rewrite("[register](../04 Templates/Risk Register.xlsx)");

        assertThat(out.body()).isEqualTo("[register](../files/04%20Templates/Risk%20Register.xlsx)");
        assertThat(folder.copied).containsEntry("04 Templates/Risk Register.xlsx",
                "files/04 Templates/Risk Register.xlsx");
    }

    @Test
    void urls_mail_addresses_and_places_in_the_body_itself_stay_as_written() {
        String body = "[site](https://example.com/a b) [mail](mailto:ai@example.com) [top](#purpose)\n";

        LinkRewriter.Outcome out = rewrite(body);

        assertThat(out.body()).isEqualTo(body);
        assertThat(out.changes()).isEmpty();
    }

    @Test
    void a_place_in_the_body_that_does_not_exist_becomes_text() {
        LinkRewriter.Outcome out = rewrite("[see below](#nowhere)");

        assertThat(out.body()).isEqualTo("see below");
        assertThat(out.changes()).singleElement().extracting(LinkRewriter.Change::what).asString()
                .endsWith("the link's text is kept without the link");
    }

    @Test
    void reference_definitions_are_rewritten() {
        LinkRewriter.Outcome out = rewrite("[method][m]\n\n[m]: <../02 Procedures/Risk Method.md> \"The method\"\n");

        assertThat(out.body()).isEqualTo("[method][m]\n\n[m]: ../procedures/PRO-01.md \"The method\"\n");
    }

    @Test
    void wiki_links_name_documents_by_file_name_and_unknown_ones_are_escaped() {
        LinkRewriter.Outcome out = rewrite("Read [[02 Use Policy]] and [[Risk Method|the method]], not [[Nowhere]];"
                + " [[A.5.2]] and [[POL-02|ours]] are references already.");

        assertThat(out.body()).isEqualTo("Read [[POL-02|02 Use Policy]] and [[PRO-01|the method]], not"
                + " \\[\\[Nowhere]]; [[A.5.2]] and [[POL-02|ours]] are references already.");
        assertThat(out.changes()).extracting(LinkRewriter.Change::written).containsExactly("[[Nowhere]]");
    }

    @Test
    void code_is_left_as_written() {
        String body = "`[x](05 Missing.md)`\n\n```\n[y](../02 Procedures/Risk Method.md)\n```\n";

        assertThat(rewrite(body).body()).isEqualTo(body);
    }

    @Test
    void a_link_out_of_the_folder_leads_nowhere() {
        LinkRewriter.Outcome out = rewrite("[x](../../secrets/passwords.md)");

        assertThat(out.body()).isEqualTo("x");
    }

    @Test
    void a_link_whose_text_is_wrapped_over_lines_or_that_stands_in_a_table_is_found() {
        LinkRewriter.Outcome out = rewrite("Risks follow the [risk\nmethod](../02%20Procedures/Risk%20Method.md).\n\n"
                + "| Doc | Link |\n|---|---|\n| Method | [here](../02%20Procedures/Risk%20Method.md#3-scoring) |\n\n"
                + "> Quoted: [gone](nowhere.md)\n");

        assertThat(out.body()).isEqualTo("Risks follow the [risk\nmethod](../procedures/PRO-01.md).\n\n"
                + "| Doc | Link |\n|---|---|\n| Method | [here](../procedures/PRO-01.md#3-scoring) |\n\n"
                + "> Quoted: gone\n");
        assertThat(out.changes()).singleElement().extracting(LinkRewriter.Change::line).isEqualTo(8);
    }

    @Test
    void the_uses_of_a_reference_definition_that_leads_nowhere_become_text() {
        LinkRewriter.Outcome out = rewrite("See the [old policy][old] and [old].\n\n[old]: ../Archive/old.md\n");

        assertThat(out.body()).isEqualTo("See the old policy and old.\n\n");
        assertThat(out.changes()).singleElement().extracting(LinkRewriter.Change::written)
                .isEqualTo("../Archive/old.md");
    }

    @Test
    void a_link_that_leads_nowhere_around_an_image_becomes_its_text() {
        LinkRewriter.Outcome out = rewrite("[![logo](../04 Templates/Risk Register.xlsx)](gone.md) after");

        // the image, its path with raw spaces, is then found line by line
        assertThat(out.body()).isEqualTo("![logo](../files/04%20Templates/Risk%20Register.xlsx) after");
    }
}
