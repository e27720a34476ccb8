package io.github.aimshandbook.engine.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One action of a nonconformity (a correction or corrective action) or of a management review: what is to be done,
 * by whom, by when, and when it was done ({@code done} null while it is not). {@code due} is null when not given.
 */
public record Action(String id, Text description, Ref owner, LocalDate due, LocalDate done, Keys keys) {

    public Location location() {
        return keys.entry();
    }

    public boolean isDone() {
        return done != null;
    }

    /** Whether the action is past its due date on {@code today} and not done. */
    public boolean isOverdue(LocalDate today) {
        return done == null && due != null && today.isAfter(due);
    }

    public Optional<LocalDate> dueDate() {
        return Optional.ofNullable(due);
    }
}
