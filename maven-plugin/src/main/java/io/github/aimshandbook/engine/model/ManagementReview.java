package io.github.aimshandbook.engine.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One management review (clause 9.3): when, who chaired and attended, the minutes (a document or evidence record,
 * null when not named), the inputs clause 9.3.2 asks for (keyed by {@link #INPUTS}, only those written), the
 * decisions (clause 9.3.3) and the actions decided. {@code title} defaults to "Management review DATE".
 */
public record ManagementReview(
        String id,
        String title,
        LocalDate date,
        Ref chair,
        List<Ref> attendees,
        Ref minutes,
        Map<String, ReviewInput> inputs,
        Text decisions,
        List<Action> actions,
        Keys keys) implements Entity {

    /** The five inputs, in the order of clause 9.3.2, with what each covers (our words). */
    public static final Map<String, String> INPUTS = orderedInputs();

    public ManagementReview {
        attendees = List.copyOf(attendees);
        inputs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(inputs));
        actions = List.copyOf(actions);
    }

    @Override
    public Location location() {
        return keys.entry();
    }

    public Optional<ReviewInput> input(String key) {
        return Optional.ofNullable(inputs.get(key));
    }

    /** The inputs of {@link #INPUTS} this review does not give (absent, or with neither text nor references). */
    public List<String> missingInputs() {
        return INPUTS.keySet().stream().filter(k -> input(k).map(ReviewInput::isEmpty).orElse(true)).toList();
    }

    private static Map<String, String> orderedInputs() {
        Map<String, String> inputs = new java.util.LinkedHashMap<>();
        inputs.put("previousActions", "the status of actions from previous management reviews");
        inputs.put("externalInternalIssues", "changes in external and internal issues relevant to the AIMS");
        inputs.put("interestedParties", "changes in the needs and expectations of interested parties");
        inputs.put("performance", "the AIMS's performance: nonconformities and corrective actions, monitoring and"
                + " measurement results, audit results");
        inputs.put("improvement", "opportunities for continual improvement");
        return java.util.Collections.unmodifiableMap(inputs);
    }
}
