package io.github.aimshandbook.engine.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An AI objective (clause 6.2) with its measure, target and the results measured so far (clause 9.1), in the order
 * written. {@code reviewEvery} (null when not given) is how often a new result is due, counted from the latest
 * result's date. {@code status} is null when not given or not valid.
 */
public record Objective(
        String id,
        String title,
        Ref owner,
        String measure,
        String target,
        LocalDate due,
        String status,
        List<Ref> controls,
        List<Ref> systems,
        List<ObjectiveResult> results,
        Period reviewEvery,
        Keys keys) implements Entity {

    public static final List<String> STATUSES = List.of("on-track", "at-risk", "achieved", "missed");

    public Objective {
        controls = List.copyOf(controls);
        systems = List.copyOf(systems);
        results = List.copyOf(results);
    }

    @Override
    public Location location() {
        return keys.entry();
    }

    /** The results by date, oldest first (a chart's x axis); results without a date are left out. */
    public List<ObjectiveResult> resultsByDate() {
        return results.stream().filter(r -> r.date() != null)
                .sorted(Comparator.comparing(ObjectiveResult::date)).toList();
    }

    /** The most recent dated result. */
    public Optional<ObjectiveResult> latestResult() {
        List<ObjectiveResult> dated = resultsByDate();
        return dated.isEmpty() ? Optional.empty() : Optional.of(dated.get(dated.size() - 1));
    }

    /** Achieved and missed objectives are settled: no more results are expected. */
    public boolean isSettled() {
        return "achieved".equals(status) || "missed".equals(status);
    }

    /** Past its due date on {@code today} and not achieved (a missed objective stays so until it is replanned). */
    public boolean isOverdue(LocalDate today) {
        return due != null && today.isAfter(due) && !"achieved".equals(status);
    }

    /**
     * Whether a result is overdue on {@code today}: the objective is still in progress, is measured every
     * {@code reviewEvery}, and has no result yet or its latest result's date plus the period has passed.
     */
    public boolean resultsOverdue(LocalDate today) {
        if (isSettled() || reviewEvery == null) {
            return false;
        }
        return nextResultDue().map(today::isAfter).orElse(true);
    }

    /** When the next result is due (the latest result's date plus {@code reviewEvery}), if it can be told. */
    public Optional<LocalDate> nextResultDue() {
        if (reviewEvery == null) {
            return Optional.empty();
        }
        return latestResult().map(r -> r.date().plus(reviewEvery));
    }

    /** The number the target starts with ("100 %" gives 100), for charts; empty when it has none. */
    public java.util.OptionalDouble targetNumber() {
        return ObjectiveResult.leadingNumber(target);
    }
}
