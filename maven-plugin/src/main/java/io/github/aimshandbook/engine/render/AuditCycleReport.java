package io.github.aimshandbook.engine.render;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.aimshandbook.engine.check.Assessment;
import io.github.aimshandbook.engine.check.AuditCycleStatus;
import io.github.aimshandbook.engine.check.Coverage;
import io.github.aimshandbook.engine.check.OverdueAction;
import io.github.aimshandbook.engine.link.Handbook;
import io.github.aimshandbook.engine.model.Audit;
import io.github.aimshandbook.engine.model.ManagementReview;
import io.github.aimshandbook.engine.model.Objective;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The {@code auditCycle} object of {@code aims-report.json} (contract 1.1): the programme's coverage, the audits by
 * status, the next planned audit, the last management review and when the next is due, the open nonconformities by
 * kind, the overdue actions and the objectives. Lists of ids keep register order, so the report is the same for the
 * same content. The reference ({@code content-format.md}) documents every field.
 */
final class AuditCycleReport {

    private AuditCycleReport() {
    }

    static void write(JsonGenerator json, Handbook handbook, Assessment assessment) throws IOException {
        AuditCycleStatus s = assessment.auditCycle();
        LocalDate today = assessment.today();
        var content = handbook.content();
        json.writeObjectFieldStart("auditCycle");
        json.writeStringField("cycle", s.auditCycle().toString());
        json.writeStringField("reviewCycle", s.reviewCycle().toString());

        json.writeObjectFieldStart("coverage");
        json.writeNumberField("clauses", s.clauses().size());
        json.writeNumberField("clausesCovered", covered(s.clauses().values()));
        json.writeNumberField("controls", s.controls().size());
        json.writeNumberField("controlsCovered", covered(s.controls().values()));
        ids(json, "unaudited", s.hasProgramme() ? s.unaudited() : List.of());
        json.writeEndObject();

        json.writeObjectFieldStart("audits");
        for (String status : Audit.STATUSES) {
            ids(json, status, handbook.audits().stream().filter(a -> status.equals(a.status())).map(Audit::id)
                    .toList());
        }
        ids(json, "overdue", handbook.audits().stream().filter(a -> a.isOverdue(today)).map(Audit::id).toList());
        json.writeEndObject();

        if (s.next().isPresent()) {
            Audit next = s.nextAudit();
            json.writeObjectFieldStart("nextAudit");
            json.writeStringField("id", next.id());
            json.writeStringField("title", next.title());
            json.writeStringField("date", next.date().toString());
            json.writeEndObject();
        } else {
            json.writeNullField("nextAudit");
        }

        if (s.last().isPresent()) {
            ManagementReview last = s.lastReview();
            LocalDate due = s.nextReviewDue().orElseThrow();
            json.writeObjectFieldStart("lastReview");
            json.writeStringField("id", last.id());
            json.writeStringField("date", last.date().toString());
            json.writeStringField("nextDue", due.toString());
            json.writeBooleanField("overdue", today.isAfter(due));
            ids(json, "missingInputs", last.missingInputs());
            json.writeEndObject();
        } else {
            json.writeNullField("lastReview");
        }

        json.writeObjectFieldStart("openNonconformities");
        for (Map.Entry<String, List<String>> e : s.openNonconformitiesByKind().entrySet()) {
            ids(json, e.getKey(), e.getValue());
        }
        json.writeEndObject();

        json.writeArrayFieldStart("overdueActions");
        for (OverdueAction o : s.overdueActions()) {
            json.writeStartObject();
            json.writeStringField("id", o.action().id());
            json.writeStringField("of", o.parentId());
            json.writeStringField("due", o.action().due().toString());
            if (o.action().owner() != null) {
                json.writeStringField("owner", o.action().owner().id());
            }
            json.writeEndObject();
        }
        json.writeEndArray();

        json.writeObjectFieldStart("objectives");
        for (String status : Objective.STATUSES) {
            ids(json, status, handbook.objectives().stream().filter(o -> status.equals(o.status()))
                    .map(Objective::id).toList());
        }
        ids(json, "overdue", handbook.objectives().stream().filter(o -> o.isOverdue(today)).map(Objective::id)
                .toList());
        ids(json, "resultsOverdue", handbook.objectives().stream().filter(o -> o.resultsOverdue(today))
                .map(Objective::id).toList());
        json.writeEndObject();
        json.writeEndObject();
    }

    /** Per control: the last date a done audit covered it (null when none did), its open nonconformities. */
    static void control(JsonGenerator json, AuditCycleStatus s, String controlId) throws IOException {
        LocalDate last = s.coverage(controlId).map(Coverage::lastAudited).orElse(null);
        if (last == null) {
            json.writeNullField("lastAudited");
        } else {
            json.writeStringField("lastAudited", last.toString());
        }
        ids(json, "openNonconformities", s.openNonconformities(controlId));
    }

    private static long covered(Collection<Coverage> items) {
        return items.stream().filter(Coverage::inCycle).count();
    }

    private static void ids(JsonGenerator json, String name, List<String> ids) throws IOException {
        json.writeArrayFieldStart(name);
        for (String id : ids) {
            json.writeString(id);
        }
        json.writeEndArray();
    }
}
