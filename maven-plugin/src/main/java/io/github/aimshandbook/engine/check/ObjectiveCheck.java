package io.github.aimshandbook.engine.check;

import io.github.aimshandbook.engine.link.Handbook;
import io.github.aimshandbook.engine.model.Findings;
import io.github.aimshandbook.engine.model.Objective;
import java.time.LocalDate;

/**
 * AI objectives (clauses 6.2 and 9.1): an objective past its {@code due} date that is not {@code achieved}
 * ({@code objective-overdue}), and one still in progress whose results are overdue: the latest result's date plus
 * {@code reviewEvery} has passed, or there is no result to count from ({@code objective-results-overdue}). Achieved
 * and missed objectives expect no more results.
 */
final class ObjectiveCheck implements Check {

    @Override
    public void run(Handbook handbook, LocalDate today, Findings findings) {
        for (Objective o : handbook.objectives()) {
            if (o.isOverdue(today)) {
                findings.warning("objective-overdue", o.keys().at("due"), "missed".equals(o.status())
                        ? "Objective " + o.id() + " was due on " + o.due() + " and was missed. Decide what follows"
                                + " (a new 'due:' date, or a new objective) and record it in the next management"
                                + " review."
                        : "Objective " + o.id() + " was due on " + o.due() + " and is not achieved"
                                + (o.status() == null ? "" : " (status: " + o.status() + ")") + ". Record the"
                                + " final result and set 'status: achieved' or 'status: missed', or agree a new"
                                + " 'due:' date.");
            }
            if (!o.resultsOverdue(today)) {
                continue;
            }
            var latest = o.latestResult();
            if (latest.isEmpty()) {
                findings.warning("objective-results-overdue", o.keys().at("reviewEvery"), "Objective " + o.id()
                        + " is to be measured every " + o.reviewEvery() + " but has no result yet. Add one under"
                        + " 'results:' ({ date: ..., value: ..., evidence: [...] }).");
                continue;
            }
            findings.warning("objective-results-overdue", latest.get().keys().at("date"), "The latest result of"
                    + " objective " + o.id() + " is of " + latest.get().date() + "; measured every " + o.reviewEvery()
                    + ", the next was due on " + o.nextResultDue().orElseThrow() + ". Measure it and add the result"
                    + " under 'results:'.");
        }
    }
}
