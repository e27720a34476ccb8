package io.github.aimshandbook.engine.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimshandbook.engine.load.CatalogLoader;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SoaTableTest {

    private final SoaTable soa = new SoaTable(CatalogLoader.load());

    private static final String TABLE = """
            # Statement of Applicability

            | Ref | Control | Applicable? | Reason | Status | Owner |
            |---|---|:-:|---|---|---|
            | A.2.2 | AI policy | ✅ | Required | In place | CEO |
            | A.2.3 | Alignment | Yes | Needed | Partially | |
            | A.2.4 | Review | yes | Needed | Scheduled | |
            | A.10.4 | Customers | ❌ | We sell no AI | | |
            | A.10.3 | Suppliers | maybe | Unclear | Green | |
            | A.10.3 | Suppliers | Yes | again | | |
            | A.11.1 | Invented | Yes | | | |
            """;

    @Test
    void reads_each_controls_decision() {
        SoaTable.Read read = soa.in(TABLE).orElseThrow();

        assertThat(read.rows()).containsOnlyKeys("A.2.2", "A.2.3", "A.2.4", "A.10.4", "A.10.3");
        SoaTable.Row policy = read.rows().get("A.2.2");
        assertThat(policy.applicable()).isTrue();
        assertThat(policy.status()).isEqualTo("implemented");
        assertThat(policy.justification()).isEqualTo("Required");
        assertThat(policy.owner()).isEqualTo("CEO");
        assertThat(policy.line()).isEqualTo(5);
        assertThat(read.rows().get("A.2.3").status()).isEqualTo("partial");
        assertThat(read.rows().get("A.2.4").status()).isEqualTo("planned");
        assertThat(read.rows().get("A.10.4").applicable()).isFalse();
        assertThat(read.rows().get("A.10.4").status()).isNull();
    }

    @Test
    void lists_what_it_cannot_read() {
        SoaTable.Read read = soa.in(TABLE).orElseThrow();

        assertThat(read.rows().get("A.10.3").applicable()).isNull();
        assertThat(read.rows().get("A.10.3").notes()).containsExactly(
                "'maybe' does not say whether the control applies: written as applicable",
                "the status 'Green' is none of implemented, partial, planned or not-started: written as not-started");
        assertThat(read.problems()).containsExactly(
                "line 10: A.10.3 is in the table twice; the first row (line 9) was imported.",
                "line 11: Annex A has no control A.11.1; the row was not imported.");
    }

    @Test
    void a_table_without_a_decision_column_is_no_soa() {
        Optional<SoaTable.Read> read = soa.in("""
                | Control | Title |
                |---|---|
                | A.2.2 | AI policy |
                | A.2.3 | Alignment |
                | A.2.4 | Review |
                """);

        assertThat(read).isEmpty();
    }

    @Test
    void understands_the_usual_words() {
        assertThat(SoaTable.applicable("Y")).isTrue();
        assertThat(SoaTable.applicable("Included")).isTrue();
        assertThat(SoaTable.applicable("N/A")).isFalse();
        assertThat(SoaTable.applicable("Excluded (no customers)")).isFalse();
        assertThat(SoaTable.applicable("xyz")).isNull();
        assertThat(SoaTable.status("Not started")).isEqualTo("not-started");
        assertThat(SoaTable.status("No")).isEqualTo("not-started");
        assertThat(SoaTable.status("Not implemented")).isEqualTo("not-started");
        assertThat(SoaTable.status("Implemented")).isEqualTo("implemented");
        assertThat(SoaTable.status("In progress")).isEqualTo("partial");
    }
}
