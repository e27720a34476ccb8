package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.check.Assessment;
import io.github.aimshandbook.engine.model.Objective;
import java.time.LocalDate;
import java.util.List;

/**
 * The objectives page ({@code objectives.ftlh}) and its PDF chapter: each objective with its chart (null when its
 * results are not all numbers, or it has none), whether it is past its due date and not achieved, and whether a new
 * result is overdue.
 */
public record ObjectivesView(List<Entry> objectives) {

    public ObjectivesView {
        objectives = List.copyOf(objectives);
    }

    /** One objective as the page shows it; {@code nextResult} is null when no next result can be told. */
    public record Entry(Objective objective, ObjectiveChart chart, boolean overdue, boolean resultsOverdue,
            LocalDate nextResult) {
    }

    static ObjectivesView of(List<Objective> objectives, Assessment assessment) {
        LocalDate today = assessment.today();
        return new ObjectivesView(objectives.stream().map(o -> new Entry(o, ObjectiveChart.of(o).orElse(null),
                o.isOverdue(today), o.resultsOverdue(today), o.isSettled() ? null : o.nextResultDue().orElse(null)))
                .toList());
    }

    static ObjectivesView of(ViewSources sources) {
        return of(sources.of(PageKinds.OBJECTIVES), sources.assessment());
    }
}
