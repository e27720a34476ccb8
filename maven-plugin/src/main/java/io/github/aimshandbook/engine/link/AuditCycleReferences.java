package io.github.aimshandbook.engine.link;

import io.github.aimshandbook.engine.model.Action;
import io.github.aimshandbook.engine.model.Audit;
import io.github.aimshandbook.engine.model.Content;
import io.github.aimshandbook.engine.model.ManagementReview;
import io.github.aimshandbook.engine.model.Nonconformity;
import io.github.aimshandbook.engine.model.Objective;
import io.github.aimshandbook.engine.model.Ref;
import io.github.aimshandbook.engine.model.ReviewInput;
import io.github.aimshandbook.engine.model.Text;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The references of the four registers of the audit cycle, each with the kinds it may name: the link stage resolves
 * them as it resolves every other reference (did-you-mean included) and keeps who refers to whom. Stateless.
 */
final class AuditCycleReferences {

    /** How the link stage takes one reference ({@code from} is the referring entry's id) or one text. */
    interface Resolver {
        void resolve(String from, Ref ref, Set<EntityKind> kinds, String field);

        void text(String from, Text text);
    }

    static final Set<EntityKind> ANY = EnumSet.allOf(EntityKind.class);
    private static final Set<EntityKind> ROLE = EnumSet.of(EntityKind.ROLE);
    private static final Set<EntityKind> CONTROL = EnumSet.of(EntityKind.CONTROL);
    private static final Set<EntityKind> CLAUSE = EnumSet.of(EntityKind.CLAUSE);
    private static final Set<EntityKind> SYSTEM = EnumSet.of(EntityKind.SYSTEM);
    private static final Set<EntityKind> RECORD = EnumSet.of(EntityKind.DOCUMENT, EntityKind.EVIDENCE);
    /** Where a nonconformity can come from, when its source is an id rather than a word such as "complaint". */
    static final Set<EntityKind> SOURCE = EnumSet.of(EntityKind.AUDIT, EntityKind.MANAGEMENT_REVIEW,
            EntityKind.DOCUMENT, EntityKind.EVIDENCE);

    private AuditCycleReferences() {
    }

    static void resolve(Content content, Index index, Resolver r) {
        for (Objective o : content.objectives()) {
            r.resolve(o.id(), o.owner(), ROLE, "owner");
            o.controls().forEach(x -> r.resolve(o.id(), x, CONTROL, "controls"));
            o.systems().forEach(x -> r.resolve(o.id(), x, SYSTEM, "systems"));
            o.results().forEach(result -> result.evidence()
                    .forEach(x -> r.resolve(o.id(), x, RECORD, "the evidence of a result")));
        }
        for (Audit a : content.audits()) {
            r.resolve(a.id(), a.lead(), ROLE, "lead");
            a.scope().clauses().forEach(x -> r.resolve(a.id(), x, CLAUSE, "the clauses of the scope"));
            a.scope().controls().forEach(x -> r.resolve(a.id(), x, CONTROL, "the controls of the scope"));
            a.scope().systems().forEach(x -> r.resolve(a.id(), x, SYSTEM, "the systems of the scope"));
            r.resolve(a.id(), a.report(), RECORD, "report");
        }
        for (Nonconformity nc : content.nonconformities()) {
            if (nc.source() != null && namesAnId(nc.source().id(), index)) {
                r.resolve(nc.id(), nc.source(), SOURCE, "source");
            }
            r.resolve(nc.id(), nc.owner(), ROLE, "owner");
            nc.controls().forEach(x -> r.resolve(nc.id(), x, CONTROL, "controls"));
            nc.systems().forEach(x -> r.resolve(nc.id(), x, SYSTEM, "systems"));
            r.text(nc.id(), nc.rootCause());
            actions(nc.id(), nc.actions(), r);
            nc.evidence().forEach(x -> r.resolve(nc.id(), x, RECORD, "evidence"));
            if (nc.effectiveness() != null) {
                r.resolve(nc.id(), nc.effectiveness().by(), ROLE, "the effectiveness review's 'by'");
            }
        }
        for (ManagementReview m : content.reviews()) {
            r.resolve(m.id(), m.chair(), ROLE, "chair");
            m.attendees().forEach(x -> r.resolve(m.id(), x, ROLE, "attendees"));
            r.resolve(m.id(), m.minutes(), RECORD, "minutes");
            for (ReviewInput input : m.inputs().values()) {
                r.text(m.id(), input.text());
                input.references().forEach(x -> r.resolve(m.id(), x, ANY, "the input " + input.key()));
            }
            r.text(m.id(), m.decisions());
            actions(m.id(), m.actions(), r);
        }
    }

    private static void actions(String from, List<Action> actions, Resolver r) {
        for (Action a : actions) {
            r.resolve(from, a.owner(), ROLE, "the owner of action " + a.id());
            r.text(from, a.description());
        }
    }

    /**
     * A source that is an id of the handbook, or looks like one (a digit or a capital letter, as in IA-2026-02), is a
     * reference; a plain word such as {@code complaint} or {@code customer-feedback} says what kind of source it was.
     */
    static boolean namesAnId(String source, Index index) {
        return index.find(source).isPresent() || source.chars().anyMatch(c -> Character.isDigit(c)
                || Character.isUpperCase(c));
    }
}
