package io.github.aimshandbook.engine.check;

import io.github.aimshandbook.engine.link.ControlTrace;
import io.github.aimshandbook.engine.model.Control;
import io.github.aimshandbook.engine.model.SoaEntry;

/**
 * One control as an auditor sees it: the catalog entry, the SoA decision ({@code null} when the SoA misses it), its
 * trace and the three readiness states of the format.
 */
public record ControlStatus(
        Control control,
        SoaEntry decision,
        ControlTrace trace,
        boolean documented,
        boolean evidenced,
        boolean current) {

    public boolean applicable() {
        return decision == null || decision.applicable();
    }

    /** An applicable control with no evidence at all. */
    public boolean gap() {
        return applicable() && trace.evidence().isEmpty();
    }
}
