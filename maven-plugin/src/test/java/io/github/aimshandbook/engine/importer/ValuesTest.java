package io.github.aimshandbook.engine.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ValuesTest {

    @Test
    void reads_review_cycles_as_iso_periods() {
        assertThat(Values.period("Annual")).contains("P12M");
        assertThat(Values.period("Reviewed annually")).contains("P12M");
        assertThat(Values.period("every 12 months")).contains("P12M");
        assertThat(Values.period("Every six months")).contains("P6M");
        assertThat(Values.period("semi-annual")).contains("P6M");
        assertThat(Values.period("Bi-annually")).contains("P6M");
        assertThat(Values.period("biennial")).contains("P24M");
        assertThat(Values.period("every 2 years")).contains("P24M");
        assertThat(Values.period("Quarterly")).contains("P3M");
        assertThat(Values.period("monthly")).contains("P1M");
        assertThat(Values.period("P6M")).contains("P6M");
    }

    @Test
    void leaves_a_cycle_it_cannot_read_empty() {
        assertThat(Values.period("when needed")).isEmpty();
        assertThat(Values.period("after each audit")).isEmpty();
        assertThat(Values.period("")).isEmpty();
    }

    @Test
    void reads_iso_and_english_dates_but_not_ambiguous_slashed_ones() {
        assertThat(Values.date("2026-03-01")).contains(LocalDate.of(2026, 3, 1));
        assertThat(Values.date("3 March 2026")).contains(LocalDate.of(2026, 3, 3));
        assertThat(Values.date("1st March 2026")).contains(LocalDate.of(2026, 3, 1));
        assertThat(Values.date("March 3, 2026")).contains(LocalDate.of(2026, 3, 3));
        assertThat(Values.date("03/04/2026")).isEmpty();
        assertThat(Values.date("2026-02-30")).isEmpty();
    }

    @Test
    void maps_status_words_to_draft_approved_or_retired() {
        assertThat(Values.status("Approved")).contains("approved");
        assertThat(Values.status("Final")).contains("approved");
        assertThat(Values.status("In review")).contains("draft");
        assertThat(Values.status("DRAFT v0.3")).contains("draft");
        assertThat(Values.status("Superseded by POL-07")).contains("retired");
        assertThat(Values.status("Green")).isEmpty();
    }

    @Test
    void recognises_the_blanks_of_a_template() {
        assertThat(Values.isPlaceholder("[Company Name]")).isTrue();
        assertThat(Values.isPlaceholder("<Owner>")).isTrue();
        assertThat(Values.isPlaceholder("{{owner}}")).isTrue();
        assertThat(Values.isPlaceholder("TBD")).isTrue();
        assertThat(Values.isPlaceholder("N/A")).isTrue();
        assertThat(Values.isPlaceholder("____")).isTrue();
        assertThat(Values.isPlaceholder("Insert the owner's role")).isTrue();
        assertThat(Values.isPlaceholder("Head of AI")).isFalse();
    }

    @Test
    void plain_text_drops_emphasis_code_and_links() {
        assertThat(Values.plain("**Head of AI** <br>")).isEqualTo("Head of AI");
        assertThat(Values.plain("[CISO](roles.md)")).isEqualTo("CISO");
        assertThat(Values.plain("`POL-01`")).isEqualTo("POL-01");
    }
}
