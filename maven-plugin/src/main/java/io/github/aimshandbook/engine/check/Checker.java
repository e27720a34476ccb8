package io.github.aimshandbook.engine.check;

import io.github.aimshandbook.engine.link.EntityKind;
import io.github.aimshandbook.engine.link.Handbook;
import io.github.aimshandbook.engine.link.Target;
import io.github.aimshandbook.engine.model.Control;
import io.github.aimshandbook.engine.model.Document;
import io.github.aimshandbook.engine.model.Findings;
import io.github.aimshandbook.engine.model.SoaEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The check stage: runs every check on the linked handbook and works out each control's readiness as of
 * {@code today}. Thread-safe: holds no state between runs.
 */
public final class Checker {

    private final List<Check> checks;

    /** {@code gapsAsErrors}: an applicable control without evidence fails the build instead of warning. */
    public Checker(boolean gapsAsErrors) {
        this(gapsAsErrors, false);
    }

    /** {@code allowRawHtml}: the build keeps raw HTML, so its removal is not reported. */
    public Checker(boolean gapsAsErrors, boolean allowRawHtml) {
        List<Check> all = new java.util.ArrayList<>(List.of(new SoaCheck(gapsAsErrors), new SystemCheck(),
                new RiskCheck(), new ReviewCheck(), new DocumentedInformationCheck(), new ObjectiveCheck(),
                new AuditProgrammeCheck(), new CorrectiveActionCheck(), new ManagementReviewCheck()));
        if (!allowRawHtml) {
            all.add(new RawHtmlCheck());
        }
        this.checks = List.copyOf(all);
    }

    public Assessment check(Handbook handbook, LocalDate today, Findings findings) {
        checks.forEach(c -> c.run(handbook, today, findings));
        List<Overdue> overdue = ReviewCheck.overdue(handbook, today);
        Set<String> overdueIds = overdue.stream().map(Overdue::id).collect(java.util.stream.Collectors.toSet());
        AuditCycleStatus auditCycle = AuditCycleStatus.of(handbook, today);

        Map<String, ControlStatus> controls = new LinkedHashMap<>();
        for (Control c : handbook.catalog().controls()) {
            SoaEntry decision = handbook.content().soa().entries().stream()
                    .filter(e -> e.controlId().equals(c.id())).findFirst().orElse(null);
            var trace = handbook.trace(c.id());
            boolean documented = false;
            boolean evidenced = false;
            for (String id : trace.evidence()) {
                Target t = handbook.index().get(id);
                if (t.kind() == EntityKind.EVIDENCE || isRecord(handbook, id)) {
                    evidenced = true;
                } else {
                    documented = true;
                }
            }
            // an open major nonconformity says the control does not work as described (contract 1.1)
            boolean current = !trace.evidence().isEmpty()
                    && trace.evidence().stream().noneMatch(overdueIds::contains)
                    && !auditCycle.openMajorControls().contains(c.id());
            controls.put(c.id(), new ControlStatus(c, decision, trace, documented, evidenced, current));
        }
        List<ControlStatus> applicable = controls.values().stream().filter(ControlStatus::applicable).toList();
        List<String> gaps = new ArrayList<>();
        applicable.stream().filter(ControlStatus::gap).forEach(s -> gaps.add(s.control().id()));
        Readiness readiness = new Readiness(controls.size(), applicable.size(),
                (int) applicable.stream().filter(s -> !s.trace().evidence().isEmpty()).count(),
                (int) applicable.stream().filter(ControlStatus::documented).count(),
                (int) applicable.stream().filter(ControlStatus::evidenced).count(),
                (int) applicable.stream().filter(ControlStatus::current).count(),
                gaps);
        return new Assessment(today, controls, readiness, overdue, auditCycle);
    }

    private static boolean isRecord(Handbook handbook, String id) {
        return handbook.content().documents().stream().filter(d -> d.id().equals(id)).findFirst()
                .map(Document::isRecord).orElse(false);
    }
}
