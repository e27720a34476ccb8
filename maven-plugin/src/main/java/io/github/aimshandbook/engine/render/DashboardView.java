package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.check.AuditCycleStatus;
import io.github.aimshandbook.engine.check.ControlStatus;
import io.github.aimshandbook.engine.check.Overdue;
import io.github.aimshandbook.engine.check.Readiness;
import io.github.aimshandbook.engine.model.Area;
import io.github.aimshandbook.engine.model.Finding;
import io.github.aimshandbook.engine.model.Severity;
import java.util.List;

/**
 * The dashboard ({@code index.ftlh}) and the PDF's chapter of findings: readiness overall and per Annex A area, the
 * gaps with what names them without counting, what is overdue, how many entries each register has, the findings,
 * and where the audit cycle stands ({@code cycle}: open nonconformities by kind, overdue actions, the next planned
 * audit, the last management review and when the next is due; {@code reviewOverdue} when that date has passed or no
 * review was held).
 */
public record DashboardView(Readiness readiness, List<AreaReadiness> areas, List<Gap> gaps, List<Overdue> overdue,
        int systems, int risks, int documents, int evidence, int roles, List<Finding> findings, long errors,
        long warnings, long notes, AuditCycleStatus cycle, boolean reviewOverdue) {

    /** An applicable control without evidence, and the documents that name it but are not counted. */
    public record Gap(String id, List<String> notCounted) {
    }

    /** The readiness of the applicable controls of one Annex A area. */
    public record AreaReadiness(String id, String title, int applicable, int controls, int documented,
            int evidenced, int current) {

        static AreaReadiness of(Area area, List<ControlStatus> all) {
            List<ControlStatus> in = all.stream().filter(c -> c.control().area().equals(area.id())).toList();
            List<ControlStatus> applicable = in.stream().filter(ControlStatus::applicable).toList();
            return new AreaReadiness(area.id(), area.title(), applicable.size(), in.size(),
                    percent(applicable, ControlStatus::documented), percent(applicable, ControlStatus::evidenced),
                    percent(applicable, ControlStatus::current));
        }

        /** Percentage (0 to 100) of the applicable controls in a readiness state: documented, evidenced, current. */
        public int percent(String state) {
            return switch (state) {
                case "documented" -> documented;
                case "evidenced" -> evidenced;
                case "current" -> current;
                default -> throw new IllegalArgumentException("No readiness state " + state
                        + "; the states are documented, evidenced and current");
            };
        }

        private static int percent(List<ControlStatus> applicable, java.util.function.Predicate<ControlStatus> in) {
            if (applicable.isEmpty()) {
                return 0;
            }
            return (int) Math.round(100.0 * applicable.stream().filter(in).count() / applicable.size());
        }
    }

    static DashboardView of(ViewSources r) {
        var assessment = r.assessment();
        List<ControlStatus> controls = r.of(PageKinds.CONTROLS);
        List<Finding> findings = r.findings();
        return new DashboardView(assessment.readiness(),
                r.handbook().catalog().areas().stream().map(a -> AreaReadiness.of(a, controls)).toList(),
                assessment.readiness().gaps().stream()
                        .map(id -> new Gap(id, assessment.control(id).trace().notCounted())).toList(),
                assessment.overdue(), r.of(PageKinds.SYSTEMS).size(), r.of(PageKinds.RISKS).size(),
                r.of(PageKinds.DOCUMENTS).size(), r.of(PageKinds.EVIDENCE).size(), r.of(PageKinds.ROLES).size(),
                findings, count(findings, Severity.ERROR), count(findings, Severity.WARNING),
                count(findings, Severity.INFO), assessment.auditCycle(),
                ManagementReviewsView.reviewOverdue(assessment.auditCycle(), assessment.today()));
    }

    private static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
