package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.check.Assessment;
import io.github.aimshandbook.engine.model.Action;
import io.github.aimshandbook.engine.model.ManagementReview;
import io.github.aimshandbook.engine.model.ReviewInput;
import java.util.List;

/**
 * The page of a management review ({@code management-review.ftlh}): the review, the five inputs of clause 9.3.2 in
 * their order, each with what it covers and what the review recorded (null when it gave none), and its actions with
 * those past due and not done.
 */
public record ManagementReviewView(ManagementReview managementReview, List<Input> inputs, List<String> overdueActions) {

    public ManagementReviewView {
        inputs = List.copyOf(inputs);
        overdueActions = List.copyOf(overdueActions);
    }

    /** One of the five inputs: its key, what clause 9.3.2 asks it to cover (our words), and the review's record. */
    public record Input(String key, String covers, ReviewInput given) {

        /** The input's name as a heading says it. */
        public String name() {
            return switch (key) {
                case "previousActions" -> "Actions from previous reviews";
                case "externalInternalIssues" -> "External and internal issues";
                case "interestedParties" -> "Interested parties";
                case "performance" -> "Performance of the AIMS";
                case "improvement" -> "Opportunities for improvement";
                default -> key;
            };
        }

        /** Whether the review recorded the input: text or references. */
        public boolean recorded() {
            return given != null && !given.isEmpty();
        }
    }

    static ManagementReviewView of(ManagementReview review, Assessment assessment) {
        List<Input> inputs = ManagementReview.INPUTS.entrySet().stream()
                .map(e -> new Input(e.getKey(), e.getValue(), review.input(e.getKey()).orElse(null))).toList();
        return new ManagementReviewView(review, inputs, review.actions().stream()
                .filter(a -> a.isOverdue(assessment.today())).map(Action::id).toList());
    }
}
