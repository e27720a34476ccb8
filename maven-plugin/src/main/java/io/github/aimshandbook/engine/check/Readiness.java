package io.github.aimshandbook.engine.check;

import java.util.List;

/** The readiness figures of the report: counts over applicable controls, and the gaps by id. */
public record Readiness(int controls, int applicable, int withEvidence, int documented, int evidenced, int current,
        List<String> gaps) {

    public Readiness {
        gaps = List.copyOf(gaps);
    }
}
