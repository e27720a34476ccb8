package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.check.Assessment;
import io.github.aimshandbook.engine.check.AuditCycleStatus;
import io.github.aimshandbook.engine.link.Handbook;
import io.github.aimshandbook.engine.model.ManagementReview;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The management reviews ({@code management-reviews.ftlh}) and their PDF chapter: the reviews, latest first, each
 * with its inputs and actions; the last review held, when the next is due by the {@code reviewCycle}, and whether
 * that date has passed (or no review was ever held).
 */
public record ManagementReviewsView(List<ManagementReviewView> reviews, ManagementReview last, LocalDate nextDue,
        String cycle, boolean overdue) {

    public ManagementReviewsView {
        reviews = List.copyOf(reviews);
    }

    static ManagementReviewsView of(Handbook handbook, Assessment assessment) {
        AuditCycleStatus status = assessment.auditCycle();
        LocalDate next = status.nextReviewDue().orElse(null);
        List<ManagementReviewView> reviews = handbook.reviews().stream()
                .sorted(Comparator.comparing(ManagementReview::date,
                        Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())).reversed()
                        .thenComparing(ManagementReview::id))
                .map(r -> ManagementReviewView.of(r, assessment)).toList();
        return new ManagementReviewsView(reviews, status.lastReview(), next, Periods.inWords(status.reviewCycle()),
                next == null || assessment.today().isAfter(next));
    }
}
