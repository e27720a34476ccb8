package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.check.Assessment;
import io.github.aimshandbook.engine.model.Action;
import io.github.aimshandbook.engine.model.Nonconformity;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The nonconformity register ({@code nonconformities.ftlh}) and its PDF chapter: each entry in register order, with
 * how many of its actions are done, whether one is overdue, and the next due date of those not done.
 */
public record NonconformitiesView(List<Row> nonconformities) {

    public NonconformitiesView {
        nonconformities = List.copyOf(nonconformities);
    }

    /** One row of the register; {@code nextDue} is null when every action is done or none has a due date. */
    public record Row(Nonconformity nc, int actionsDone, boolean overdue, LocalDate nextDue,
            List<NonconformityView.Event> timeline) {

        public Row {
            timeline = List.copyOf(timeline);
        }
    }

    static NonconformitiesView of(ViewSources sources) {
        return of(sources.of(PageKinds.NONCONFORMITIES), sources.assessment());
    }

    static NonconformitiesView of(List<Nonconformity> register, Assessment assessment) {
        LocalDate today = assessment.today();
        return new NonconformitiesView(register.stream().map(nc -> new Row(nc,
                (int) nc.actions().stream().filter(Action::isDone).count(),
                nc.actions().stream().anyMatch(a -> a.isOverdue(today)),
                nc.actions().stream().filter(a -> !a.isDone() && a.due() != null).map(Action::due)
                        .min(Comparator.naturalOrder()).orElse(null),
                NonconformityView.timeline(nc, today))).toList());
    }
}
