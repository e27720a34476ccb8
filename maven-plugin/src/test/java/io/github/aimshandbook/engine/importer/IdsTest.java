package io.github.aimshandbook.engine.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void keeps_an_id_that_is_valid_as_written() {
        assertThat(new Ids().claim("POL-01", "x")).isEqualTo("POL-01");
        assertThat(new Ids().claim("ai_policy.v2", "x")).isEqualTo("ai_policy.v2");
    }

    @Test
    void makes_a_written_id_valid() {
        assertThat(new Ids().claim("PRO 02", "x")).isEqualTo("PRO-02");
        assertThat(new Ids().claim("POL/AI/001", "x")).isEqualTo("POL-AI-001");
        assertThat(new Ids().claim("  --Política de IA--  ", "x")).isEqualTo("Politica-de-IA");
    }

    @Test
    void an_id_starting_with_a_digit_or_shaped_like_a_catalog_id_gets_a_prefix() {
        assertThat(new Ids().claim("01", "x")).isEqualTo("doc-01");
        assertThat(new Ids().claim("A.5.2", "x")).isEqualTo("doc-A.5.2");
        assertThat(new Ids().claim("6.1.2", "x")).isEqualTo("doc-6.1.2");
        assertThat(Ids.kebab("01 AI Policy")).isEqualTo("doc-01-ai-policy");
    }

    @Test
    void falls_back_when_nothing_of_the_written_id_is_left() {
        assertThat(new Ids().claim("???", "AI Policy")).isEqualTo("AI-Policy");
        assertThat(new Ids().claim("", "")).isEqualTo("doc");
    }

    @Test
    void ids_are_unique_without_regard_to_case() {
        Ids ids = new Ids();
        assertThat(ids.claim("PRO-04", "x")).isEqualTo("PRO-04");
        assertThat(ids.claim("pro-04", "x")).isEqualTo("pro-04-2");
        assertThat(ids.claim("PRO-04", "x")).isEqualTo("PRO-04-3");
        assertThat(ids.isTaken("Pro-04-2")).isTrue();
    }
}
