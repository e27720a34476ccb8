package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.check.Assessment;
import io.github.aimshandbook.engine.check.AuditCycleStatus;
import io.github.aimshandbook.engine.model.ManagementReview;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The management reviews ({@code management-reviews.ftlh}) and their PDF chapter: the reviews, latest first, each
 * with its inputs and actions; the last review held, when the next is due by the {@code reviewCycle}, and whether
 * that date has passed (or no review was ever held).
 */
public record ManagementReviewsView(List<ManagementReviewView> managementReviews, ManagementReview last, LocalDate nextDue,
        String cycle, boolean overdue) {

    public ManagementReviewsView {
        managementReviews = List.copyOf(managementReviews);
    }

    /** Latest first, as minutes are filed; undated reviews last. */
    static final Comparator<ManagementReview> LATEST_FIRST = Comparator.comparing(ManagementReview::date,
            Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())).reversed()
            .thenComparing(ManagementReview::id);

    static ManagementReviewsView of(ViewSources sources) {
        return of(sources.of(PageKinds.REVIEWS), sources.assessment());
    }

    /** The reviews in the order given (the registry's: latest first). */
    static ManagementReviewsView of(List<ManagementReview> latestFirst, Assessment assessment) {
        AuditCycleStatus status = assessment.auditCycle();
        LocalDate next = status.nextReviewDue().orElse(null);
        List<ManagementReviewView> reviews = latestFirst.stream().map(r -> ManagementReviewView.of(r, assessment))
                .toList();
        return new ManagementReviewsView(reviews, status.lastReview(), next, Periods.inWords(status.reviewCycle()),
                reviewOverdue(status, assessment.today()));
    }

    /** Whether a management review is due and not held: the cycle has passed since the last one, or none was held. */
    static boolean reviewOverdue(AuditCycleStatus status, LocalDate today) {
        return status.nextReviewDue().map(today::isAfter).orElse(true);
    }
}
