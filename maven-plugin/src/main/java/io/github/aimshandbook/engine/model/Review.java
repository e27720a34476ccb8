package io.github.aimshandbook.engine.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * When an item is due: {@code start} (last review, or an evidence record's date) plus {@code every}, or
 * {@code validUntil}. Any part may be absent. {@code location} is where the review is set ({@code reviewEvery}, else
 * {@code validUntil}, else the start key); {@code startAt} and {@code validUntilAt} are the lines of those keys, or
 * null when they are not written.
 */
public record Review(Period every, LocalDate start, LocalDate validUntil, Location location, Location startAt,
        Location validUntilAt) {

    public static final Review NONE = new Review(null, null, null, null);

    public Review(Period every, LocalDate start, LocalDate validUntil, Location location) {
        this(every, start, validUntil, location, null, null);
    }

    /**
     * The line to fix when the item is overdue on {@code today}: the date that lapsed ({@code validUntil}, or the
     * last review the period counts from), or {@code reviewEvery} when there is no date to count from.
     */
    public Location overdueAt(LocalDate today) {
        if (validUntil != null && today.isAfter(validUntil) && validUntilAt != null) {
            return validUntilAt;
        }
        if (start != null && startAt != null) {
            return startAt;
        }
        return location;
    }

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
