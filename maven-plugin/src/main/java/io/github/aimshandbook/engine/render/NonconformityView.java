package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.check.Assessment;
import io.github.aimshandbook.engine.link.Handbook;
import io.github.aimshandbook.engine.model.Action;
import io.github.aimshandbook.engine.model.Nonconformity;
import io.github.aimshandbook.engine.model.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The page of a nonconformity ({@code nonconformity.ftlh}): the entry, whether its source is an id of the handbook
 * (else a word such as "complaint"), whether one of its actions is overdue, and its life as a timeline, oldest
 * first: raised, each action due or done, closed, and the review of the actions' effectiveness.
 */
public record NonconformityView(Nonconformity nc, boolean sourceIsId, boolean overdue, List<Event> timeline) {

    public NonconformityView {
        timeline = List.copyOf(timeline);
    }

    /**
     * One step of a nonconformity's life. {@code kind} is {@code raised}, {@code action-done}, {@code action-due}
     * (not done yet), {@code closed} or {@code effectiveness}; {@code date} is null for an action not done that has
     * no due date (listed last); {@code state} is what a badge says: {@code overdue}, {@code planned} (a date after
     * the run's date), {@code effective}, {@code not-effective}, or "" for nothing to flag. {@code action} and
     * {@code due} are set for the steps of an action.
     */
    public record Event(LocalDate date, String kind, String state, Action action, LocalDate due) {

        /** What happened, in words a timeline shows beside the date. */
        public String label() {
            return switch (kind) {
                case "raised" -> "Raised";
                case "action-done" -> "Action done";
                case "action-due" -> date == null ? "Action without a due date" : "Action due";
                case "closed" -> "Closed";
                case "effectiveness" -> "Effectiveness reviewed";
                default -> kind;
            };
        }

        /** The action's description, or an empty text for the steps that are not an action's. */
        public Text description() {
            return action == null ? Text.EMPTY : action.description();
        }
    }

    /** The order of steps on the same day: raised first, the review of effectiveness last. */
    private static final List<String> ORDER = List.of("raised", "action-done", "action-due", "closed",
            "effectiveness");

    static NonconformityView of(Nonconformity nc, Handbook handbook, Assessment assessment) {
        LocalDate today = assessment.today();
        boolean sourceIsId = nc.source() != null && handbook.index().find(nc.source().id()).isPresent();
        return new NonconformityView(nc, sourceIsId, nc.actions().stream().anyMatch(a -> a.isOverdue(today)),
                timeline(nc, today));
    }

    static List<Event> timeline(Nonconformity nc, LocalDate today) {
        List<Event> events = new ArrayList<>();
        if (nc.raised() != null) {
            events.add(new Event(nc.raised(), "raised", "", null, null));
        }
        for (Action a : nc.actions()) {
            if (a.isDone()) {
                events.add(new Event(a.done(), "action-done", "", a, a.due()));
            } else {
                String state = a.isOverdue(today) ? "overdue" : a.due() != null ? "planned" : "";
                events.add(new Event(a.due(), "action-due", state, a, a.due()));
            }
        }
        if (nc.closed() != null) {
            events.add(new Event(nc.closed(), "closed", "", null, null));
        }
        if (nc.effectiveness() != null) {
            Boolean effective = nc.effectiveness().effective();
            String state = effective == null ? "" : effective ? "effective" : "not-effective";
            if (nc.effectiveness().date() != null && nc.effectiveness().date().isAfter(today)) {
                state = "planned";
            }
            events.add(new Event(nc.effectiveness().date(), "effectiveness", state, null, null));
        }
        // a stable sort: steps of the same kind on the same day keep the order they were written in
        events.sort(Comparator.comparing(Event::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingInt(e -> ORDER.indexOf(e.kind())));
        return events;
    }
}
