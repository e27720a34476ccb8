package io.github.aimshandbook.engine.check;

import io.github.aimshandbook.engine.model.Location;
import java.time.LocalDate;

/**
 * An item whose review or validity has lapsed on the run's date; {@code due} is null when it has no start date;
 * {@code location} is the line to change.
 */
public record Overdue(String id, String title, String kind, LocalDate due, String reason, Location location) {
}
