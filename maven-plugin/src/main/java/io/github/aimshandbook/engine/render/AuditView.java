package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.check.Assessment;
import io.github.aimshandbook.engine.link.Handbook;
import io.github.aimshandbook.engine.model.Audit;
import io.github.aimshandbook.engine.model.Nonconformity;
import java.util.List;

/**
 * The page of an internal audit ({@code audit.ftlh}): the audit, whether it is past its planned date, and the
 * nonconformities, observations and opportunities for improvement it raised (those whose source is the audit).
 */
public record AuditView(Audit audit, boolean overdue, List<Nonconformity> raised) {

    public AuditView {
        raised = List.copyOf(raised);
    }

    static AuditView of(Audit audit, Handbook handbook, Assessment assessment) {
        return new AuditView(audit, audit.isOverdue(assessment.today()), handbook.nonconformities().stream()
                .filter(nc -> nc.source() != null && nc.source().id().equals(audit.id())).toList());
    }
}
