package io.github.aimshandbook.engine.model;

import java.util.List;

/** A clause or subclause of ISO/IEC 42001 (4 to 10), and the documented information it asks for. */
public record Clause(String id, String title, String parent, String summary, List<String> documentedInformation)
        implements Entity {

    public Clause {
        documentedInformation = List.copyOf(documentedInformation);
    }

    /** Null: the standard defines the clause, no file of the content does. */
    @Override
    public Location location() {
        return null;
    }

    public int depth() {
        return (int) id.chars().filter(c -> c == '.').count();
    }
}
