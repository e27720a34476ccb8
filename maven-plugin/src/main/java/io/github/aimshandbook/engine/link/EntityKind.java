package io.github.aimshandbook.engine.link;

/** What an id names. */
public enum EntityKind {
    CONTROL("Annex A control"),
    CLAUSE("clause"),
    DOCUMENT("document"),
    SYSTEM("AI system"),
    RISK("risk"),
    EVIDENCE("evidence record"),
    ROLE("role");

    private final String label;

    EntityKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
