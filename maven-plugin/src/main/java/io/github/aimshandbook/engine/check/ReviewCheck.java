package io.github.aimshandbook.engine.check;

import io.github.aimshandbook.engine.link.Handbook;
import io.github.aimshandbook.engine.model.Findings;
import io.github.aimshandbook.engine.model.Review;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Overdue reviews and expired evidence, judged on the run's date. */
final class ReviewCheck implements Check {

    @Override
    public void run(Handbook handbook, LocalDate today, Findings findings) {
        for (Overdue o : overdue(handbook, today)) {
            findings.warning(o.kind().equals("evidence record") ? "expired-evidence" : "overdue-review",
                    o.location() != null ? o.location() : handbook.index().get(o.id()).definedAt(), o.reason());
        }
    }

    /** Every reviewed item whose review or validity has lapsed, in register order. */
    static List<Overdue> overdue(Handbook handbook, LocalDate today) {
        List<Overdue> result = new ArrayList<>();
        var c = handbook.content();
        c.documents().forEach(d -> add(result, d.id(), d.title(), "document", d.review(), today));
        c.systems().forEach(s -> add(result, s.id(), s.name(), "AI system", s.review(), today));
        c.evidence().forEach(e -> add(result, e.id(), e.title(), "evidence record", e.review(), today));
        result.removeIf(o -> handbook.index().find(o.id()).isEmpty());
        return result;
    }

    private static void add(List<Overdue> result, String id, String title, String kind, Review review,
            LocalDate today) {
        if (!review.isOverdue(today)) {
            return;
        }
        String reason;
        if (review.every() != null && review.start() == null) {
            reason = capitalize(kind) + " " + id + " has 'reviewEvery' but no date to count from, so it is treated"
                    + " as overdue. Add " + (kind.equals("evidence record") ? "'date'" : "'lastReviewed'") + ".";
        } else if (review.validUntil() != null && today.isAfter(review.validUntil())) {
            reason = capitalize(kind) + " " + id + " expired on " + review.validUntil() + ". Renew it and update"
                    + " 'validUntil'.";
        } else if (kind.equals("evidence record")) {
            reason = "Evidence record " + id + " is out of date since " + review.due().orElseThrow() + " (dated "
                    + review.start() + ", to be renewed every " + review.every() + "). Collect fresh evidence and"
                    + " update the record's date.";
        } else {
            reason = capitalize(kind) + " " + id + " was due for review on " + review.due().orElseThrow()
                    + " (last reviewed " + review.start() + ", every " + review.every() + "). Review it and update"
                    + " 'lastReviewed'.";
        }
        result.add(new Overdue(id, title, kind, review.due().orElse(null), reason, review.overdueAt(today)));
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
