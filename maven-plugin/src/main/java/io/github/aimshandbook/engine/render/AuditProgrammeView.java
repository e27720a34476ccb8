package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.check.Assessment;
import io.github.aimshandbook.engine.check.AuditCycleStatus;
import io.github.aimshandbook.engine.check.Coverage;
import io.github.aimshandbook.engine.model.Audit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The internal audit programme ({@code audits.ftlh}) and its PDF chapter: the audits by date, the audits that are
 * past their planned date, and the coverage matrix: each clause 4 to 10 and each applicable control, which done
 * audits covered it (the matrix's columns, oldest first), its last date and whether that falls within the audit
 * cycle; what nothing covered within the cycle ({@code unaudited}, as the {@code unaudited} warning lists it); the
 * cycle in words and the next planned audit.
 */
public record AuditProgrammeView(List<Audit> audits, List<String> overdue, List<Audit> columns,
        List<Coverage> clauses, List<Coverage> controls, List<String> unaudited, String cycle, Audit next) {

    public AuditProgrammeView {
        audits = List.copyOf(audits);
        overdue = List.copyOf(overdue);
        columns = List.copyOf(columns);
        clauses = List.copyOf(clauses);
        controls = List.copyOf(controls);
        unaudited = List.copyOf(unaudited);
    }

    static AuditProgrammeView of(ViewSources sources) {
        return of(sources.of(PageKinds.AUDITS), sources.assessment());
    }

    /** The programme of these audits, in the order given (the registry's: by date). */
    static AuditProgrammeView of(List<Audit> byDate, Assessment assessment) {
        AuditCycleStatus status = assessment.auditCycle();
        LocalDate today = assessment.today();
        Set<String> covering = new LinkedHashSet<>();
        status.clauses().values().forEach(c -> covering.addAll(c.audits()));
        status.controls().values().forEach(c -> covering.addAll(c.audits()));
        List<Audit> columns = byDate.stream().filter(a -> covering.contains(a.id())).toList();
        return new AuditProgrammeView(byDate,
                byDate.stream().filter(a -> a.isOverdue(today)).map(Audit::id).toList(), columns,
                new ArrayList<>(status.clauses().values()), new ArrayList<>(status.controls().values()),
                status.unaudited(), Periods.inWords(status.auditCycle()), status.nextAudit());
    }

    /** Audits by date, undated ones last, then by id. */
    static final Comparator<Audit> BY_DATE = Comparator.comparing(Audit::date,
            Comparator.nullsLast(Comparator.<java.time.LocalDate>naturalOrder())).thenComparing(Audit::id);

    /** Whether a covered item's row marks the audit as one that covered it. */
    public boolean covered(Coverage row, Audit audit) {
        return row.audits().contains(audit.id());
    }
}
