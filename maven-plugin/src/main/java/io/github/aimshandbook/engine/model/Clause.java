package io.github.aimshandbook.engine.model;

import java.util.List;

/** A clause or subclause of ISO/IEC 42001 (4 to 10), and the documented information it asks for. */
public record Clause(String id, String title, String parent, String summary, List<String> documentedInformation) {

    public Clause {
        documentedInformation = List.copyOf(documentedInformation);
    }

    public int depth() {
        return (int) id.chars().filter(c -> c == '.').count();
    }
}
