package io.github.aimshandbook.engine.check;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The result of the check stage: the status of each control, the readiness figures, what is overdue, and where the
 * audit cycle stands (audit coverage, nonconformities, reviews, overdue actions).
 */
public record Assessment(LocalDate today, Map<String, ControlStatus> controls, Readiness readiness,
        List<Overdue> overdue, AuditCycleStatus auditCycle) {

    public Assessment {
        controls = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(controls));
        overdue = List.copyOf(overdue);
    }

    public ControlStatus control(String id) {
        return controls.get(id);
    }

    public Set<String> overdueIds() {
        return overdue.stream().map(Overdue::id).collect(java.util.stream.Collectors.toSet());
    }
}
