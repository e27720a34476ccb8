package io.github.aimshandbook.engine.check;

import io.github.aimshandbook.engine.link.Handbook;
import io.github.aimshandbook.engine.model.Control;
import io.github.aimshandbook.engine.model.Document;
import io.github.aimshandbook.engine.model.Findings;
import io.github.aimshandbook.engine.model.Location;
import io.github.aimshandbook.engine.model.Ref;
import io.github.aimshandbook.engine.model.SoaEntry;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The Statement of Applicability: every control once, decisions justified, applicable controls evidenced. */
final class SoaCheck implements Check {

    private final boolean gapsAsErrors;

    SoaCheck(boolean gapsAsErrors) {
        this.gapsAsErrors = gapsAsErrors;
    }

    @Override
    public void run(Handbook handbook, LocalDate today, Findings findings) {
        var soa = handbook.content().soa();
        Set<String> seen = new HashSet<>();
        for (SoaEntry e : soa.entries()) {
            if (!seen.add(e.controlId())) {
                findings.error("soa-duplicate-control", e.location(), "Control " + e.controlId()
                        + " appears more than once in the SoA. Keep one entry per control.");
            }
            if (!e.applicable() && e.justification().isBlank()) {
                findings.error("soa-missing-justification", e.location(), "Control " + e.controlId()
                        + " is not applicable but has no justification. Add 'justification:' saying why it does"
                        + " not apply; auditors ask for it.");
            }
            if (e.applicable() && e.status() == null && e.inherited() == null) {
                findings.warning("soa-missing-status", e.location(), "Control " + e.controlId() + " is applicable"
                        + " but has no status. Add 'status:' (implemented, partial, planned or not-started).");
            }
            if (!e.applicable() && e.status() != null) {
                findings.warning("soa-status-not-applicable", e.location(), "Control " + e.controlId()
                        + " is not applicable, so its status '" + e.status() + "' means nothing. Remove it.");
            }
        }
        List<Control> catalog = handbook.catalog().controls();
        for (int i = 0; i < catalog.size(); i++) {
            Control c = catalog.get(i);
            if (seen.contains(c.id())) {
                continue;
            }
            // point at the entry it belongs before (in catalog order), or at 'controls:' when it is the last
            SoaEntry next = catalog.subList(i + 1, catalog.size()).stream()
                    .flatMap(n -> soa.entries().stream().filter(e -> e.controlId().equals(n.id())))
                    .findFirst().orElse(null);
            findings.error("soa-missing-control", next != null ? next.location() : soa.location(), "The SoA misses "
                    + c.id() + " " + c.title() + ". Every one of the 38 Annex A controls must be listed, with"
                    + " 'applicable: false' and a justification if it does not apply. Add it "
                    + (next != null ? "before " + next.controlId() : "at the end of 'controls:'") + ".");
        }
        for (SoaEntry e : soa.entries()) {
            var trace = handbook.trace(e.controlId());
            if (trace == null) {
                continue; // not a catalog control: reported by the link stage
            }
            if (e.applicable() && trace.evidence().isEmpty()) {
                String message = trace.notCounted().isEmpty()
                        ? "Control " + e.controlId() + " is applicable but has no evidence. List documents or"
                                + " evidence records under 'evidence:', or name " + e.controlId() + " in their"
                                + " 'controls:'."
                        : "Control " + e.controlId() + " is applicable but has no evidence that counts: only "
                                + notCounted(handbook, trace.notCounted())
                                + (trace.notCounted().size() == 1 ? " names" : " name") + " it, and drafts, retired"
                                + " documents and documents of type other are never evidence. Approve the"
                                + " document, fill in a copy of the template, or list other evidence under"
                                + " 'evidence:'.";
                if (gapsAsErrors) {
                    findings.error("control-gap", e.location(), message);
                } else {
                    findings.warning("control-gap", e.location(), message);
                }
            }
            for (String id : trace.notCounted()) {
                Document d = document(handbook, id);
                if ("draft".equals(d.status()) || "retired".equals(d.status())) {
                    Location where = e.evidence().stream().filter(r -> r.id().equals(id)).map(Ref::location)
                            .findFirst().or(() -> d.controls().stream().filter(r -> r.id().equals(e.controlId()))
                                    .map(Ref::location).findFirst())
                            .orElse(e.location());
                    findings.warning("draft-evidence", where, "Document " + id + " is " + d.status()
                            + ", so it does not count as evidence of " + e.controlId() + ". Approve it, or stop"
                            + " citing it.");
                }
            }
        }
    }

    /** "X (draft), Y (retired) and Z (of type other)". */
    private static String notCounted(Handbook handbook, List<String> ids) {
        List<String> named = ids.stream()
                .map(id -> id + " (" + document(handbook, id).notCountedBecause().orElseThrow() + ")").toList();
        return named.size() == 1 ? named.get(0)
                : String.join(", ", named.subList(0, named.size() - 1)) + " and " + named.get(named.size() - 1);
    }

    private static Document document(Handbook handbook, String id) {
        return handbook.content().documents().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    }
}
