package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.check.Assessment;
import io.github.aimshandbook.engine.check.ControlStatus;
import io.github.aimshandbook.engine.model.SoaEntry;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code soa.csv}: the Statement of Applicability as a spreadsheet (RFC 4180, UTF-8 with a byte-order mark so that
 * spreadsheet programs detect the encoding). Cells that a spreadsheet would run as a formula are prefixed with an
 * apostrophe: content must never execute in an auditor's spreadsheet.
 */
public final class SoaCsv {

    private SoaCsv() {
    }

    public static byte[] write(Assessment assessment) {
        StringBuilder out = new StringBuilder("\uFEFF");
        row(out, List.of("Control", "Title", "Area", "Applicable", "Status", "Owner", "Inherited from",
                "Justification", "Evidence", "Systems", "Risks", "Documented", "Evidenced", "Current", "Last audited",
                "Open nonconformities"));
        var cycle = assessment.auditCycle();
        for (ControlStatus c : assessment.controls().values()) {
            SoaEntry d = c.decision();
            row(out, List.of(c.control().id(), c.control().title(), c.control().area(),
                    d == null ? "missing" : c.applicable() ? "yes" : "no",
                    d == null || d.status() == null ? "" : d.status(),
                    d == null || d.owner() == null ? "" : d.owner().id(),
                    d == null || d.inherited() == null ? "" : d.inherited(),
                    d == null ? "" : d.justification().strip(),
                    String.join(" ", c.trace().evidence()), String.join(" ", c.trace().systems()),
                    String.join(" ", c.trace().risks()), yesNo(c.documented()), yesNo(c.evidenced()),
                    yesNo(c.current()),
                    cycle.coverage(c.control().id()).map(x -> x.lastAudited() == null ? "" : x.lastAudited().toString())
                            .orElse(""),
                    String.join(" ", cycle.openNonconformities(c.control().id()))));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
