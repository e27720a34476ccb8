package io.github.aimshandbook.engine.model;

import java.util.List;

/**
 * What an audit covered: clauses of ISO/IEC 42001 (a clause covers its subclauses: {@code 8} is 8.1 to 8.4), Annex
 * A controls and AI systems.
 */
public record AuditScope(List<Ref> clauses, List<Ref> controls, List<Ref> systems) {

    public static final AuditScope NONE = new AuditScope(List.of(), List.of(), List.of());

    public AuditScope {
        clauses = List.copyOf(clauses);
        controls = List.copyOf(controls);
        systems = List.copyOf(systems);
    }

    /** Whether the scope covers clause {@code clauseId}: it names the clause or a clause above it. */
    public boolean coversClause(String clauseId) {
        return clauses.stream().map(Ref::id).anyMatch(c -> clauseId.equals(c) || clauseId.startsWith(c + "."));
    }

    public boolean coversControl(String controlId) {
        return controls.stream().map(Ref::id).anyMatch(controlId::equals);
    }
}
