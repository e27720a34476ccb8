package io.github.aimshandbook.engine.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimshandbook.engine.importer.Metadata.Key;
import org.junit.jupiter.api.Test;

class MetadataTest {

    @Test
    void a_two_column_table_at_the_top_becomes_front_matter_and_leaves_the_body() {
        Metadata.Read read = Metadata.of("""
                # AI Policy

                | Document ID | POL-01 |
                |---|---|
                | Owner | **Chief Executive Officer** |
                | Review cycle | Annual |

                ## Purpose

                Text.
                """);

        assertThat(read.first(Key.ID)).get().extracting(Metadata.Field::value).isEqualTo("POL-01");
        assertThat(read.first(Key.OWNER)).get().extracting(Metadata.Field::value).isEqualTo("Chief Executive Officer");
        assertThat(read.first(Key.OWNER)).get().extracting(Metadata.Field::line).isEqualTo(5);
        assertThat(read.first(Key.REVIEW)).get().extracting(Metadata.Field::value).isEqualTo("Annual");
        assertThat(read.body()).isEqualTo("# AI Policy\n\n## Purpose\n\nText.\n");
        assertThat(read.removed()).singleElement().satisfies(r -> {
            assertThat(r.first()).isEqualTo(3);
            assertThat(r.last()).isEqualTo(6);
            assertThat(r.what()).isEqualTo("metadata table (Document ID, Owner, Review cycle)");
        });
    }

    @Test
    void a_field_front_matter_has_no_key_for_keeps_its_block_in_the_body() {
        String text = """
                # Third-Party AI Policy

                | Document ID | POL-04 | Version | 0.9 |
                |---|---|---|---|
                | Owner | Procurement | Classification | Internal |

                Body.
                """;

        Metadata.Read read = Metadata.of(text);

        assertThat(read.first(Key.VERSION)).get().extracting(Metadata.Field::value).isEqualTo("0.9");
        assertThat(read.first(Key.OWNER)).get().extracting(Metadata.Field::value).isEqualTo("Procurement");
        assertThat(read.body()).isEqualTo(text);
        assertThat(read.removed()).isEmpty();
        assertThat(read.kept()).singleElement().extracting(Metadata.Removed::what).isEqualTo("metadata table kept in"
                + " the body: front matter has no place for Classification as written");
    }

    @Test
    void key_lines_in_bold_or_as_a_list_are_read() {
        Metadata.Read read = Metadata.of("""
                # Procedure

                - **Document ID:** PRO 02
                - **Owner**: Head of AI
                Review frequency: every six months
                Status: Approved

                Body.
                """);

        assertThat(read.first(Key.ID)).get().extracting(Metadata.Field::value).isEqualTo("PRO 02");
        assertThat(read.first(Key.OWNER)).get().extracting(Metadata.Field::value).isEqualTo("Head of AI");
        assertThat(read.first(Key.REVIEW)).get().extracting(Metadata.Field::value).isEqualTo("every six months");
        assertThat(read.first(Key.STATUS)).get().extracting(Metadata.Field::value).isEqualTo("Approved");
        assertThat(read.body()).isEqualTo("# Procedure\n\nBody.\n");
    }

    @Test
    void a_version_history_table_is_not_metadata() {
        String text = """
                # Policy

                ## Document control

                | Version | Date | Owner | Status |
                |---|---|---|---|
                | 1.0 | 2025-03-01 | M. Okafor | Draft |
                | 1.1 | 2025-06-01 | M. Okafor | Approved |
                """;

        Metadata.Read read = Metadata.of(text);

        assertThat(read.fields()).isEmpty();
        assertThat(read.body()).isEqualTo(text);
    }

    @Test
    void a_document_control_section_further_down_is_read_too() {
        Metadata.Read read = Metadata.of("""
                # Policy

                ## 1. Purpose

                Owner: not metadata here, this is the purpose section.

                ## 9. Document information

                | Field | Value |
                |---|---|
                | Document ID | POL-09 |
                | Version | 3 |
                """);

        assertThat(read.first(Key.ID)).get().extracting(Metadata.Field::value).isEqualTo("POL-09");
        assertThat(read.first(Key.OWNER)).isEmpty();
        assertThat(read.body()).contains("Owner: not metadata here").doesNotContain("POL-09");
    }

    @Test
    void front_matter_is_read_and_keys_without_a_place_are_reported() {
        Metadata.Read read = Metadata.of("""
                ---
                id: POL-03
                owner: Data Protection Officer
                review_cycle: semi-annual
                last_reviewed: 2026-05-04
                tags: [data]
                ---
                # Data policy
                """);

        assertThat(read.first(Key.ID)).get().extracting(Metadata.Field::where).isEqualTo("front matter");
        assertThat(read.first(Key.REVIEW)).get().extracting(Metadata.Field::value).isEqualTo("semi-annual");
        assertThat(read.first(Key.LAST_REVIEWED)).get().extracting(Metadata.Field::value).isEqualTo("2026-05-04");
        assertThat(read.body()).isEqualTo("# Data policy\n");
        assertThat(read.notes()).containsExactly("Front matter keys not imported (the content format has no such"
                + " key, or the value is not a single value): tags.");
    }

    @Test
    void broken_front_matter_is_reported_and_removed() {
        Metadata.Read read = Metadata.of("---\nid: [unclosed\n---\n# Title\n");

        assertThat(read.body()).isEqualTo("# Title\n");
        assertThat(read.notes()).singleElement().asString().startsWith("The front matter is not valid YAML (");
    }

    @Test
    void the_review_cycle_and_owner_stated_in_a_sentence_are_read() {
        Metadata.Read read = Metadata.of("""
                # Procedure

                ## Purpose

                This procedure is reviewed every 12 months by its owner. The document owner is the Head of Risk.

                | Step | Note |
                |---|---|
                | 1 | The policy is reviewed annually |
                """);

        assertThat(read.fields()).extracting(Metadata.Field::key, Metadata.Field::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Key.REVIEW, "every 12 months"),
                org.assertj.core.groups.Tuple.tuple(Key.OWNER, "Head of Risk"));
        assertThat(read.fields().get(0).where()).isEqualTo("text, line 5");
    }

    @Test
    void a_placeholder_keeps_its_block_so_the_blank_stays_visible() {
        String text = "# T\n\nOwner: [Role]\nVersion: 1.0\n";

        Metadata.Read read = Metadata.of(text);

        assertThat(read.body()).isEqualTo(text);
    }

    @Test
    void fenced_code_is_not_metadata() {
        String text = "# T\n\n```\nOwner: Someone\n```\n";

        assertThat(Metadata.of(text).fields()).isEmpty();
    }
}
