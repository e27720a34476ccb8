package io.github.aimshandbook.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdOrderTest {

    @Test
    void sorts_clauses_and_controls_by_their_numbers() {
        List<String> ids = List.of("10.2", "4.1", "9.3.3", "4", "10", "9.3", "6.1.4", "6.1.10");

        assertThat(ids.stream().sorted(IdOrder.NATURAL).toList())
                .containsExactly("4", "4.1", "6.1.4", "6.1.10", "9.3", "9.3.3", "10", "10.2");
        assertThat(List.of("A.10.4", "A.2.2", "A.6.2.10", "A.6.2.4").stream().sorted(IdOrder.NATURAL).toList())
                .containsExactly("A.2.2", "A.6.2.4", "A.6.2.10", "A.10.4");
    }

    @Test
    void sorts_words_as_text_and_is_total() {
        assertThat(List.of("R-10", "R-9", "ai-policy", "EV-001", "A.02", "A.2").stream().sorted(IdOrder.NATURAL)
                .toList()).containsExactly("A.02", "A.2", "EV-001", "R-9", "R-10", "ai-policy");
        assertThat(IdOrder.NATURAL.compare("A.02", "A.2")).isNotZero();
    }
}
