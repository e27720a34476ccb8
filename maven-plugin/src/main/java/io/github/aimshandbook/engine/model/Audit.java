package io.github.aimshandbook.engine.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One internal audit of the programme (clause 9.2): planned, done or cancelled; {@code date} is the planned date or
 * the date it ended (null when not given or not valid); {@code report} names the document or evidence record that
 * reports it (null when none yet). {@code status} is null when not valid.
 */
public record Audit(
        String id,
        String title,
        String status,
        LocalDate date,
        Ref lead,
        String auditor,
        AuditScope scope,
        Ref report,
        Keys keys) implements Entity {

    public static final List<String> STATUSES = List.of("planned", "done", "cancelled");

    @Override
    public Location location() {
        return keys.entry();
    }

    public boolean isDone() {
        return "done".equals(status);
    }

    public boolean isPlanned() {
        return "planned".equals(status);
    }

    /** A planned audit whose date has passed on {@code today}. */
    public boolean isOverdue(LocalDate today) {
        return isPlanned() && date != null && date.isBefore(today);
    }
}
