package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.model.Objective;
import io.github.aimshandbook.engine.model.ObjectiveResult;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small line chart of an objective's results over time, laid out for an inline SVG of {@link #WIDTH} by
 * {@link #HEIGHT}: each dated result a point (x by its date, y by the number its value starts with), the target a
 * dashed line when it is a number, and the whole chart in words ({@link #description()}) for screen readers. Only
 * objectives whose every dated result is a number get one: a chart of some of the results would mislead, so the
 * others show their table alone.
 */
public record ObjectiveChart(List<Point> points, Double targetY, String targetLabel, String description) {

    public static final int WIDTH = 360;
    public static final int HEIGHT = 150;
    /** Room for the value above each point and the date under it: half a date at each end. */
    static final int LEFT = 40;
    static final int RIGHT = 40;
    static final int TOP = 22;
    static final int BOTTOM = 30;

    public ObjectiveChart {
        points = List.copyOf(points);
    }

    private static final Pattern ANY_NUMBER = Pattern.compile("-?\\d+(?:[.,]\\d+)?");

    /** Charts with more results label only the first and the last, so that the labels do not run together. */
    static final int LABELLED = 6;

    /**
     * One result on the chart: where it is drawn, its date and value as written, and whether its value and date are
     * written beside it.
     */
    public record Point(double x, double y, LocalDate date, String value, boolean labelled) {

        /** The coordinates as SVG writes them, with a point as decimal separator whatever the locale. */
        public String sx() {
            return coordinate(x);
        }

        public String sy() {
            return coordinate(y);
        }
    }

    /** The chart of an objective, or empty when it has no dated result or one of them is not a number. */
    public static Optional<ObjectiveChart> of(Objective objective) {
        List<ObjectiveResult> results = objective.resultsByDate();
        if (results.isEmpty() || results.stream().anyMatch(r -> r.number().isEmpty())) {
            return Optional.empty();
        }
        OptionalDouble target = targetNumber(objective);
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (ObjectiveResult r : results) {
            min = Math.min(min, r.number().getAsDouble());
            max = Math.max(max, r.number().getAsDouble());
        }
        if (target.isPresent()) {
            min = Math.min(min, target.getAsDouble());
            max = Math.max(max, target.getAsDouble());
        }
        // a little room above and below, so that no point sits on the frame; a flat series gets a band around it
        double pad = max > min ? (max - min) * 0.15 : Math.max(Math.abs(max) * 0.05, 1);
        double low = min - pad;
        double high = max + pad;

        LocalDate first = results.get(0).date();
        long span = ChronoUnit.DAYS.between(first, results.get(results.size() - 1).date());
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        List<Point> points = new ArrayList<>();
        for (ObjectiveResult r : results) {
            double x = span == 0 ? LEFT + plotW / 2
                    : LEFT + plotW * ChronoUnit.DAYS.between(first, r.date()) / span;
            int i = points.size();
            boolean labelled = results.size() <= LABELLED || i == 0 || i == results.size() - 1;
            points.add(new Point(x, y(r.number().getAsDouble(), low, high, plotH), r.date(), r.value(), labelled));
        }
        Double targetY = target.isPresent() ? y(target.getAsDouble(), low, high, plotH) : null;
        return Optional.of(new ObjectiveChart(points, targetY, objective.target(), describe(objective, results)));
    }

    /** Where the dashed target line is drawn, as SVG writes it. */
    public String targetSy() {
        return targetY == null ? "" : coordinate(targetY);
    }

    /** The points of the line, as an SVG {@code points} attribute. */
    public String polyline() {
        StringBuilder out = new StringBuilder();
        for (Point p : points) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(p.sx()).append(',').append(p.sy());
        }
        return out.toString();
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int left() {
        return LEFT;
    }

    public int right() {
        return WIDTH - RIGHT;
    }

    public int plotTop() {
        return TOP;
    }

    public int plotBottom() {
        return HEIGHT - BOTTOM;
    }

    /**
     * The number of the target, to draw it: the one it starts with ("100 %"), else its only number ("at least 0.85",
     * "at most 92 days"); none when it has several ("90 % by Q4 2026"), which a line could not show honestly.
     */
    static OptionalDouble targetNumber(Objective objective) {
        OptionalDouble leading = objective.targetNumber();
        if (leading.isPresent() || objective.target() == null) {
            return leading;
        }
        Matcher m = ANY_NUMBER.matcher(objective.target());
        if (!m.find()) {
            return OptionalDouble.empty();
        }
        double value = Double.parseDouble(m.group().replace(',', '.'));
        return m.find() ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    private static double y(double value, double low, double high, double plotH) {
        return TOP + plotH * (high - value) / (high - low);
    }

    private static String describe(Objective objective, List<ObjectiveResult> results) {
        StringBuilder out = new StringBuilder();
        out.append(results.size() == 1 ? "One result" : results.size() + " results").append(" of ")
                .append(objective.id());
        if (objective.target() != null && !objective.target().isBlank()) {
            out.append(", target ").append(objective.target());
        }
        out.append(": ");
        for (int i = 0; i < results.size(); i++) {
            ObjectiveResult r = results.get(i);
            out.append(r.value()).append(" on ").append(r.date()).append(i < results.size() - 1 ? ", " : ".");
        }
        return out.toString();
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
