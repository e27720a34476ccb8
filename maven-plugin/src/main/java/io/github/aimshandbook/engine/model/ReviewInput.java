package io.github.aimshandbook.engine.model;

import java.util.List;

/**
 * One input of a management review: Markdown text (which may reference ids with {@code [[ID]]}) and/or a list of
 * ids of what was looked at (audits, nonconformities, objectives, documents, evidence ...).
 */
public record ReviewInput(String key, Text text, List<Ref> references, Location location) {

    public ReviewInput {
        references = List.copyOf(references);
    }

    public boolean isEmpty() {
        return text.isBlank() && references.isEmpty();
    }
}
