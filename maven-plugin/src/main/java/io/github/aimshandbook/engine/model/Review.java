package io.github.aimshandbook.engine.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * When an item is due: {@code start} (last review, or an evidence record's date) plus {@code every}, or
 * {@code validUntil}. Any part may be absent.
 */
public record Review(Period every, LocalDate start, LocalDate validUntil, Location location) {

    public static final Review NONE = new Review(null, null, null, null);

    /** The earliest date after which the item is overdue, if it has one. */
    public Optional<LocalDate> due() {
        LocalDate byPeriod = every != null && start != null ? start.plus(every) : null;
        if (byPeriod == null) {
            return Optional.ofNullable(validUntil);
        }
        if (validUntil == null) {
            return Optional.of(byPeriod);
        }
        return Optional.of(byPeriod.isBefore(validUntil) ? byPeriod : validUntil);
    }

    /** A period with nothing to count from makes the item overdue, as the format says. */
    public boolean isOverdue(LocalDate today) {
        if (every != null && start == null) {
            return true;
        }
        return due().map(today::isAfter).orElse(false);
    }
}
