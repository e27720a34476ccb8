package io.github.aimshandbook.engine.render;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.aimshandbook.engine.check.Assessment;
import io.github.aimshandbook.engine.check.ControlStatus;
import io.github.aimshandbook.engine.check.Readiness;
import io.github.aimshandbook.engine.link.Handbook;
import io.github.aimshandbook.engine.model.Finding;
import io.github.aimshandbook.engine.model.Manifest;
import io.github.aimshandbook.engine.model.Severity;
import java.io.IOException;
import java.util.List;

/** Writes {@code aims-report.json}, the machine-readable result of a run, in the format's layout. */
public final class ReportWriter {

    private ReportWriter() {
    }

    /** {@code handbook} and {@code assessment} may be null when the content could not be loaded at all. */
    public static byte[] write(Generator generator, Handbook handbook, Assessment assessment, List<Finding> findings) {
        return PrettyJson.write(json -> {
            json.writeStartObject();
            json.writeObjectFieldStart("generator");
            json.writeStringField("name", generator.name());
            json.writeStringField("version", generator.version());
            json.writeEndObject();
            if (handbook != null) {
                Manifest m = handbook.content().manifest();
                json.writeObjectFieldStart("handbook");
                json.writeStringField("organization", m.organization());
                json.writeStringField("title", m.title());
                json.writeStringField("version", m.version());
                json.writeStringField("date", assessment.today().toString());
                json.writeEndObject();
                readiness(json, assessment.readiness());
                json.writeObjectFieldStart("controls");
                for (ControlStatus c : assessment.controls().values()) {
                    control(json, c, assessment);
                }
                json.writeEndObject();
                AuditCycleReport.write(json, handbook, assessment);
            }
            json.writeObjectFieldStart("summary");
            for (Severity s : Severity.values()) {
                json.writeNumberField(s.label() + "s", findings.stream().filter(f -> f.severity() == s).count());
            }
            json.writeEndObject();
            json.writeArrayFieldStart("findings");
            for (Finding f : findings) {
                json.writeStartObject();
                json.writeStringField("severity", f.severity().label());
                json.writeStringField("code", f.code());
                json.writeStringField("message", f.message());
                json.writeStringField("file", f.location().file());
                json.writeNumberField("line", f.location().line());
                json.writeNumberField("column", f.location().column());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private static void readiness(JsonGenerator json, Readiness r) throws IOException {
        json.writeObjectFieldStart("readiness");
        json.writeNumberField("controls", r.controls());
        json.writeNumberField("applicable", r.applicable());
        json.writeNumberField("withEvidence", r.withEvidence());
        json.writeNumberField("documented", r.documented());
        json.writeNumberField("evidenced", r.evidenced());
        json.writeNumberField("current", r.current());
        strings(json, "gaps", r.gaps());
        json.writeEndObject();
    }

    private static void control(JsonGenerator json, ControlStatus c, Assessment assessment) throws IOException {
        json.writeObjectFieldStart(c.control().id());
        json.writeStringField("title", c.control().title());
        json.writeBooleanField("applicable", c.applicable());
        json.writeBooleanField("inSoa", c.decision() != null);
        if (c.decision() != null) {
            if (c.decision().status() != null) {
                json.writeStringField("status", c.decision().status());
            }
            if (c.decision().owner() != null) {
                json.writeStringField("owner", c.decision().owner().id());
            }
            if (c.decision().inherited() != null) {
                json.writeStringField("inherited", c.decision().inherited());
            }
        }
        strings(json, "evidence", c.trace().evidence());
        strings(json, "notCounted", c.trace().notCounted());
        strings(json, "systems", c.trace().systems());
        strings(json, "risks", c.trace().risks());
        json.writeBooleanField("documented", c.documented());
        json.writeBooleanField("evidenced", c.evidenced());
        json.writeBooleanField("current", c.current());
        json.writeBooleanField("gap", c.gap());
        AuditCycleReport.control(json, assessment.auditCycle(), c.control().id());
        json.writeEndObject();
    }

    private static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String v : values) {
            json.writeString(v);
        }
        json.writeEndArray();
    }
}
