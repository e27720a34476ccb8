package io.github.aimshandbook.engine.check;

import io.github.aimshandbook.engine.link.Handbook;
import io.github.aimshandbook.engine.model.Audit;
import io.github.aimshandbook.engine.model.Findings;
import java.time.LocalDate;
import java.util.List;

/**
 * The internal audit programme (clause 9.2): planned audits whose date has passed ({@code overdue-audit}), and the
 * clauses and applicable controls that no done audit covered within the {@code auditCycle} ({@code unaudited}, one
 * finding listing them all). Content without an audit register is judged by clause 9.2's documented information
 * instead, so that content written to version 1 of the format builds as it did.
 */
final class AuditProgrammeCheck implements Check {

    @Override
    public void run(Handbook handbook, LocalDate today, Findings findings) {
        List<Audit> audits = handbook.audits();
        for (Audit a : audits) {
            if (a.isOverdue(today)) {
                findings.warning("overdue-audit", a.keys().at("date"), "Internal audit " + a.id() + " was planned"
                        + " for " + a.date() + " and is still 'planned'. Once it is held, set 'status: done' and"
                        + " 'date:' to the day it ended; otherwise plan it anew with a later 'date:', or set"
                        + " 'status: cancelled'.");
            }
        }
        if (audits.isEmpty()) {
            return;
        }
        AuditCycleStatus status = AuditCycleStatus.of(handbook, today);
        if (status.unaudited().isEmpty()) {
            return;
        }
        List<String> clauses = status.unaudited().stream().filter(id -> !id.startsWith("A.")).toList();
        List<String> controls = status.unaudited().stream().filter(id -> id.startsWith("A.")).toList();
        String what = (clauses.isEmpty() ? "" : (clauses.size() == 1 ? "clause " : "clauses ") + join(clauses))
                + (clauses.isEmpty() || controls.isEmpty() ? "" : ", and ")
                + (controls.isEmpty() ? "" : (controls.size() == 1 ? "the applicable control " : "the applicable"
                        + " controls ") + join(controls));
        findings.warning("unaudited", audits.get(0).location(), "No internal audit marked 'done' in the "
                + status.auditCycle() + " before " + today + " (auditCycle in aims.yaml) covered " + what + "."
                + " Every clause 4 to 10 and every applicable control must be audited within the cycle: add them to"
                + " the scope of a planned audit, or plan one.");
    }

    private static String join(List<String> ids) {
        return ids.size() == 1 ? ids.get(0)
                : String.join(", ", ids.subList(0, ids.size() - 1)) + " and " + ids.get(ids.size() - 1);
    }
}
