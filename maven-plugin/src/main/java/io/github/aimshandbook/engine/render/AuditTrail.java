package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.link.EntityKind;
import io.github.aimshandbook.engine.link.Handbook;
import io.github.aimshandbook.engine.model.Audit;
import io.github.aimshandbook.engine.model.Nonconformity;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the audit cycle says about an entry, for the short section of a control's, clause's, system's or document's
 * page: the internal audits that concern it (whose scope names it, or, for a clause, names it or a clause above it;
 * or that name it as their report), by date, and the nonconformities that name it (as a control, a system, their
 * source, their evidence or in their text), in register order. Immutable.
 */
public final class AuditTrail {

    private final Handbook handbook;

    AuditTrail(Handbook handbook) {
        this.handbook = handbook;
    }

    /** The audits that concern the entry, oldest first; planned and cancelled audits too, with their status. */
    public List<Audit> audits(String id) {
        Set<String> naming = new HashSet<>(handbook.referencesTo(id));
        boolean clause = handbook.index().find(id).map(t -> t.kind() == EntityKind.CLAUSE).orElse(false);
        return handbook.audits().stream()
                .filter(a -> naming.contains(a.id()) || clause && a.scope().coversClause(id))
                .sorted(Comparator.comparing(Audit::date, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Audit::id))
                .toList();
    }

    /** The nonconformities that name the entry, in register order. */
    public List<Nonconformity> nonconformities(String id) {
        Set<String> naming = new HashSet<>(handbook.referencesTo(id));
        return handbook.nonconformities().stream().filter(nc -> naming.contains(nc.id())).toList();
    }

    /** Whether the entry has a section to show: an audit or nonconformity concerns it. */
    public boolean concerns(String id) {
        return !audits(id).isEmpty() || !nonconformities(id).isEmpty();
    }
}
