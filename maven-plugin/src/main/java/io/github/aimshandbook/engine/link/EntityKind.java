package io.github.aimshandbook.engine.link;

/**
 * What an id names, and where its id leads in the handbook: its own page, or an anchor on its section's page. This
 * is the one place that decides the URL of an id; the index, the pages, the sidebar, the search index and the PDF's
 * anchors all take it from here (render's {@code PageKinds} lists the pages that these URLs name).
 */
public enum EntityKind {
    CONTROL("Annex A control", "controls/", ".html"),
    CLAUSE("clause", "clauses.html#clause-", ""),
    DOCUMENT("document", "documents/", ".html"),
    SYSTEM("AI system", "systems/", ".html"),
    RISK("risk", "risks/", ".html"),
    EVIDENCE("evidence record", "evidence/", ".html"),
    ROLE("role", "roles.html#role-", ""),
    OBJECTIVE("objective", "objectives.html#objective-", ""),
    AUDIT("internal audit", "audits/", ".html"),
    NONCONFORMITY("nonconformity", "nonconformities/", ".html"),
    MANAGEMENT_REVIEW("management review", "management-reviews/", ".html");

    private final String label;
    private final String prefix;
    private final String suffix;

    EntityKind(String label, String prefix, String suffix) {
        this.label = label;
        this.prefix = prefix;
        this.suffix = suffix;
    }

    public String label() {
        return label;
    }

    /** The address of an id of this kind, relative to the handbook's root. */
    public String href(String id) {
        return prefix + id + suffix;
    }

    /** Whether an id of this kind has a page of its own, rather than an anchor on its section's page. */
    public boolean hasOwnPage() {
        return !prefix.contains("#");
    }

    /** The element id that holds an item on its section's page ({@code clause-4.1}); only for anchored kinds. */
    public String anchor(String id) {
        return Anchors.of(href(id));
    }
}
