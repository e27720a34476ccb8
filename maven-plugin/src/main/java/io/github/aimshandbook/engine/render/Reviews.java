package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.check.Assessment;
import io.github.aimshandbook.engine.check.Overdue;
import io.github.aimshandbook.engine.model.Review;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;

/**
 * How templates show reviews and validity: when the next review is due, the review period in words, and whether an
 * entry is overdue on the run's date. Immutable.
 */
public final class Reviews {

    private final List<Overdue> overdue;
    private final Set<String> overdueIds;

    Reviews(Assessment assessment) {
        this.overdue = assessment.overdue();
        this.overdueIds = assessment.overdueIds();
    }

    public boolean overdue(String id) {
        return overdueIds.contains(id);
    }

    /** Everything overdue, in the order the check stage found it. */
    public List<Overdue> overdueItems() {
        return overdue;
    }

    /** The date the next review is due, "no start date" for a period without a start, "" without a review. */
    public String due(Review review) {
        if (review == null) {
            return "";
        }
        return review.due().map(LocalDate::toString).orElse(review.every() != null ? "no start date" : "");
    }

    /** The review period as people say it ("every year", "every 6 months"); ISO-8601 when it has days. */
    public String period(Review review) {
        return review == null ? "" : Periods.inWords(review.every());
    }

    /** A period as people say it, such as an objective's {@code reviewEvery}; "" for none. */
    public String every(Period period) {
        return Periods.inWords(period);
    }
}
