package io.github.aimshandbook.engine.load;

import java.util.List;

/** The closed word lists of the content format. */
public final class Vocabulary {

    public static final List<String> AI_ROLES = List.of("provider", "producer", "user", "customer", "partner");
    public static final List<String> SOA_STATUS = List.of("implemented", "partial", "planned", "not-started");
    public static final List<String> LIFECYCLE = List.of("design", "development", "validation", "production",
            "retired");
    public static final List<String> RISK_CLASS = List.of("minimal", "limited", "high", "prohibited");
    public static final List<String> TREATMENT = List.of("mitigate", "accept", "avoid", "transfer");
    public static final List<String> RISK_STATUS = List.of("open", "treated", "closed");
    public static final List<String> DOCUMENT_TYPES = List.of("policy", "procedure", "model-card",
            "impact-assessment", "record", "other");
    public static final List<String> DOCUMENT_STATUS = List.of("draft", "approved", "retired");

    private Vocabulary() {
    }
}
