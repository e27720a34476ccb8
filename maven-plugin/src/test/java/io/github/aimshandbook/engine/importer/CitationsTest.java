package io.github.aimshandbook.engine.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimshandbook.engine.load.CatalogLoader;
import org.junit.jupiter.api.Test;

class CitationsTest {

    private final Citations citations = new Citations(CatalogLoader.load());

    @Test
    void finds_clauses_after_the_word_clause_in_lists() {
        Citations.Found found = citations.in("See Clause 8.4 & clauses 6.1.2, 6.1.3 and 10.2.\n"
                + "ISO/IEC 42001 clause 5.2 applies; § 9.3 too.");

        assertThat(found.clauses()).containsExactly("5.2", "6.1.2", "6.1.3", "8.4", "9.3", "10.2");
        assertThat(found.unmapped()).isEmpty();
    }

    @Test
    void finds_annex_a_controls_in_catalog_order() {
        Citations.Found found = citations.in("Annex A controls A.6.2.4 and A.5.2; control A.10.3.");

        assertThat(found.controls()).containsExactly("A.5.2", "A.6.2.4", "A.10.3");
    }

    @Test
    void numbers_that_are_not_after_clause_are_not_clauses() {
        Citations.Found found = citations.in("Version 8.4 of the tool, released in 5.2 weeks.");

        assertThat(found.clauses()).isEmpty();
        assertThat(found.controls()).isEmpty();
    }

    @Test
    void lists_what_the_catalog_does_not_have_with_the_closest_ids() {
        Citations.Found found = citations.in("Intro\nclause 11.3 and A.6.2.9 and Annex A.6");

        assertThat(found.unmapped()).extracting(Citations.Unmapped::written).containsExactly("clause 11.3",
                "A.6.2.9", "A.6");
        assertThat(found.unmapped()).extracting(Citations.Unmapped::line).containsOnly(2);
        assertThat(found.unmapped().get(1).reason()).isEqualTo("Annex A has no control A.6.2.9. Did you mean"
                + " A.6.2.2, A.6.2.3 or A.6.2.4?");
        assertThat(found.unmapped().get(2).reason()).isEqualTo("A.6 is a part of Annex A, not a control: name its"
                + " controls.");
    }

    @Test
    void an_id_after_the_name_of_another_standard_is_that_standards() {
        Citations.Found found = citations.in("Covered by ISO/IEC 27001 A.5.19 and ISO 9001 clause 8.4; our A.10.3.");

        assertThat(found.controls()).containsExactly("A.10.3");
        assertThat(found.clauses()).isEmpty();
        assertThat(found.unmapped()).extracting(Citations.Unmapped::written).containsExactly("clause 8.4", "A.5.19");
        assertThat(found.unmapped().get(1).reason()).isEqualTo("it follows the name of another standard (27001);"
                + " only ISO/IEC 42001 is mapped.");
    }

    @Test
    void fenced_code_is_not_read() {
        Citations.Found found = citations.in("```\nclause 9.2 and A.7.4\n```\nclause 5.3");

        assertThat(found.clauses()).containsExactly("5.3");
        assertThat(found.controls()).isEmpty();
    }

    @Test
    void the_last_standard_named_in_the_sentence_owns_the_number() {
        Citations.Found found = citations.in("ISO/IEC 27001 A.8.2 and A.8.3 are IT controls. Ours is A.8.4;"
                + " ISO/IEC 27001 and ISO/IEC 42001 clause 6.1.2 both ask for it.");

        assertThat(found.controls()).containsExactly("A.8.4");
        assertThat(found.clauses()).containsExactly("6.1.2");
        assertThat(found.unmapped()).extracting(Citations.Unmapped::written).containsExactly("A.8.2", "A.8.3");
    }
}
