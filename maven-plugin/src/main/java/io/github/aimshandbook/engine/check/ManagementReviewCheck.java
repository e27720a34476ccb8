package io.github.aimshandbook.engine.check;

import io.github.aimshandbook.engine.link.Handbook;
import io.github.aimshandbook.engine.model.Findings;
import io.github.aimshandbook.engine.model.ManagementReview;
import java.time.LocalDate;
import java.util.List;

/**
 * Management reviews (clause 9.3): one must have been held within the {@code reviewCycle} before the run's date
 * ({@code management-review-overdue}), and each must record the five inputs of clause 9.3.2
 * ({@code missing-review-input}) once it is held. Content without a review register is judged by clause 9.3's documented information
 * instead.
 */
final class ManagementReviewCheck implements Check {

    @Override
    public void run(Handbook handbook, LocalDate today, Findings findings) {
        List<ManagementReview> reviews = handbook.reviews();
        for (ManagementReview r : reviews) {
            List<String> missing = r.missingInputs();
            // a review still to come has no inputs yet
            if (missing.isEmpty() || r.date() != null && r.date().isAfter(today)) {
                continue;
            }
            String listed = String.join("; ", missing.stream()
                    .map(k -> k + " (" + ManagementReview.INPUTS.get(k) + ")").toList());
            findings.warning("missing-review-input", r.keys().has("inputs") ? r.keys().at("inputs") : r.location(),
                    "Management review " + r.id() + " does not record " + (missing.size() == 1 ? "the input" : missing
                    .size() + " of the inputs") + " clause 9.3.2 asks for: " + listed + ". Add "
                    + (missing.size() == 1 ? "it" : "them") + " under 'inputs:', as text, as a list of ids, or"
                    + " both ({ text: ..., references: [...] }).");
        }
        if (reviews.isEmpty()) {
            return;
        }
        AuditCycleStatus status = AuditCycleStatus.of(handbook, today);
        var cycle = status.reviewCycle();
        if (status.last().isEmpty()) {
            findings.warning("management-review-overdue", reviews.get(0).keys().at("date"), "No management review"
                    + " has been held yet: every one in the register is dated after " + today + ". Hold one within"
                    + " the reviewCycle (" + cycle + ", aims.yaml) and record it here.");
            return;
        }
        ManagementReview last = status.lastReview();
        LocalDate due = last.date().plus(cycle);
        if (today.isAfter(due)) {
            findings.warning("management-review-overdue", last.keys().at("date"), "The last management review, "
                    + last.id() + ", was held on " + last.date() + "; with a reviewCycle of " + cycle + " (aims.yaml)"
                    + " the next was due by " + due + ". Hold it and add it to the register.");
        }
    }
}
