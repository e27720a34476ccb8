package io.github.aimshandbook.engine.check;

import io.github.aimshandbook.engine.link.Handbook;
import io.github.aimshandbook.engine.model.Findings;
import io.github.aimshandbook.engine.model.Nonconformity;
import java.time.LocalDate;

/**
 * Nonconformities and the actions of nonconformities and management reviews (clauses 10.2 and 9.3.3): a closed
 * nonconformity must say when it was closed and what proves its actions were taken; an action past its due date
 * and not done is {@code overdue-action}.
 */
final class CorrectiveActionCheck implements Check {

    @Override
    public void run(Handbook handbook, LocalDate today, Findings findings) {
        for (Nonconformity nc : handbook.nonconformities()) {
            if (nc.isOpen()) {
                continue;
            }
            if (nc.closed() == null && !nc.keys().has("closed")) {
                findings.error("missing-field", nc.keys().at("status"), "Nonconformity " + nc.id() + " is closed"
                        + " but has no 'closed' date. Add 'closed: YYYY-MM-DD', the day it was closed.");
            }
            if (nc.evidence().isEmpty()) {
                findings.error("missing-field", nc.keys().at("status"), "Nonconformity " + nc.id() + " is closed"
                        + " but names no 'evidence' that its actions were taken. List the evidence records or"
                        + " documents that show it under 'evidence:'.");
            }
        }
        for (OverdueAction o : AuditCycleStatus.of(handbook, today).overdueActions()) {
            var a = o.action();
            findings.warning("overdue-action", a.keys().at("due"), "Action " + a.id() + " of " + o.parentKind() + " "
                    + o.parentId() + " was due on " + a.due() + " and is not done. When it is done, add 'done:"
                    + " YYYY-MM-DD'; if the plan changed, agree a new 'due:' date with its owner.");
        }
    }
}
