package io.github.aimshandbook.engine.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimshandbook.engine.AuditCycleFixture;
import io.github.aimshandbook.engine.Scenario;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks of the audit cycle (contract 1.1): each finding with its exact text, file, line and column, on the
 * small fixture (run date 2026-11-22) with four registers that pass every check until a test changes them.
 */
class AuditCycleCheckTest {

    static final List<String> CYCLE_CODES = List.of("overdue-action", "overdue-audit", "unaudited",
            "management-review-overdue", "missing-review-input", "objective-overdue", "objective-results-overdue");

    @TempDir
    Path temp;

    private List<String> cycleFindings(Scenario s) {
        return s.findings().stream().filter(f -> CYCLE_CODES.contains(f.code())).map(f -> f.format("")).toList();
    }

    @Test
    void registers_that_keep_the_cycle_have_no_findings() {
        Scenario s = AuditCycleFixture.withRegisters(temp).run();

        assertThat(s.errorsAndWarnings()).isEmpty();
        assertThat(cycleFindings(s)).isEmpty();
        AuditCycleStatus status = s.assessment().auditCycle();
        assertThat(status.unaudited()).isEmpty();
        assertThat(status.next().orElseThrow().id()).isEqualTo("IA-3");
        assertThat(status.last().orElseThrow().id()).isEqualTo("MR-2026");
        assertThat(status.nextReviewDue()).hasValue(LocalDate.of(2027, 10, 28));
        assertThat(status.openNonconformitiesByKind()).containsEntry("minor", List.of("NC-2"))
                .containsEntry("major", List.of());
        assertThat(status.openNonconformities("A.6.2.4")).containsExactly("NC-2");
        assertThat(status.openNonconformities("A.6.2.8")).isEmpty();
    }

    @Test
    void a_clause_covers_its_subclauses_and_a_clause_is_covered_when_all_its_subclauses_are() {
        Scenario s = AuditCycleFixture.withRegisters(temp).replace("audits.yaml", "clauses: [8, 9, 10]",
                "clauses: [8, 9.1, 9.2, 9.3, 10.1, 10.2]").run();

        AuditCycleStatus status = s.assessment().auditCycle();
        assertThat(status.coverage("8.4").orElseThrow().audits()).containsExactly("IA-2");
        assertThat(status.coverage("9.2.2").orElseThrow().lastAudited()).isEqualTo(LocalDate.of(2026, 10, 9));
        Coverage nine = status.coverage("9").orElseThrow();
        assertThat(nine.inCycle()).isTrue();
        assertThat(nine.audits()).containsExactly("IA-2");
        assertThat(status.coverage("A.2.2").orElseThrow().audits()).containsExactly("IA-1");
        assertThat(status.coverage("A.10.4")).as("not applicable").isEmpty();
        assertThat(cycleFindings(s)).isEmpty();
    }

    @Test
    void overdue_action_of_a_nonconformity_and_of_a_management_review() {
        Scenario s = AuditCycleFixture.withRegisters(temp).replace("nonconformities.yaml", "due: 2026-12-15", "due: 2026-11-15")
                .replace("management-reviews.yaml", "due: 2027-01-31", "due: 2026-11-01").run();

        assertThat(s.messages("overdue-action")).containsExactly(
                "management-reviews.yaml:14:62: warning: Action MR-2026-1 of management review MR-2026 was due on"
                        + " 2026-11-01 and is not done. When it is done, add 'done: YYYY-MM-DD'; if the plan changed,"
                        + " agree a new 'due:' date with its owner. [overdue-action]",
                "nonconformities.yaml:23:85: warning: Action NC-2-1 of nonconformity NC-2 was due on 2026-11-15 and"
                        + " is not done. When it is done, add 'done: YYYY-MM-DD'; if the plan changed, agree a new"
                        + " 'due:' date with its owner. [overdue-action]");
        assertThat(s.assessment().auditCycle().overdueActions()).extracting(o -> o.action().id())
                .containsExactly("NC-2-1", "MR-2026-1");
    }

    @Test
    void overdue_audit() {
        Scenario s = AuditCycleFixture.withRegisters(temp).replace("audits.yaml", "date: 2027-03-01", "date: 2026-11-01").run();

        assertThat(s.messages("overdue-audit")).containsExactly("audits.yaml:22:3: warning: Internal audit IA-3 was"
                + " planned for 2026-11-01 and is still 'planned'. Once it is held, set 'status: done' and 'date:' to"
                + " the day it ended; otherwise plan it anew with a later 'date:', or set 'status: cancelled'."
                + " [overdue-audit]");
    }

    @Test
    void unaudited_lists_every_clause_and_applicable_control_no_done_audit_covered_within_the_cycle() {
        Scenario s = AuditCycleFixture.withRegisters(temp)
                .replace("audits.yaml", "clauses: [8, 9, 10]", "clauses: [8, 9.1, 9.2, 10.1]")
                .replace("audits.yaml", "A.6.1.2, ", "")
                .replace("audits.yaml", ", A.10.3", "")
                .run();

        assertThat(s.messages("unaudited")).containsExactly("audits.yaml:1:7: warning: No internal audit marked"
                + " 'done' in the P12M before 2026-11-22 (auditCycle in aims.yaml) covered clauses 9.3 and 10.2, and"
                + " the applicable controls A.6.1.2 and A.10.3. Every clause 4 to 10 and every applicable control"
                + " must be audited within the cycle: add them to the scope of a planned audit, or plan one."
                + " [unaudited]");
    }

    @Test
    void unaudited_counts_only_done_audits_within_the_audit_cycle() {
        Scenario s = AuditCycleFixture.withRegisters(temp).replace("audits.yaml", "date: 2026-04-20", "date: 2025-11-22")
                .replace("audits.yaml", "status: done\n  date: 2026-10-09", "status: planned\n  date: 2026-12-09")
                .run();

        assertThat(s.messages("unaudited")).singleElement().asString().startsWith("audits.yaml:1:7: warning: No"
                + " internal audit marked 'done' in the P12M before 2026-11-22 (auditCycle in aims.yaml) covered"
                + " clauses 4, 5, 6, 7, 8, 9 and 10, and the applicable controls A.2.2, A.2.3,");

        Scenario longer = AuditCycleFixture.withRegisters(temp.resolve("longer"))
                .replace("aims.yaml", "classification: Internal", "classification: Internal\nauditCycle: P13M")
                .replace("audits.yaml", "date: 2026-04-20", "date: 2025-11-22").run();
        assertThat(longer.messages("unaudited")).isEmpty();
    }

    @Test
    void no_audit_register_no_unaudited_finding_but_clause_9_2_2_is_missing_its_documented_information() {
        Scenario s = AuditCycleFixture.withRegisters(temp).run();
        assertThat(s.messages("missing-documented-information")).noneMatch(m -> m.contains("clause 9.2.2")
                || m.contains("clause 6.2 ") || m.contains("clause 9.1 ") || m.contains("clause 10.2 ")
                || m.contains("clause 9.3.3"));

        Scenario without = Scenario.small(temp.resolve("without")).run();
        assertThat(without.messages("unaudited")).isEmpty();
        assertThat(without.messages("missing-documented-information")).anyMatch(m -> m.contains("clause 9.2.2"))
                .anyMatch(m -> m.contains("clause 6.2 ")).anyMatch(m -> m.contains("clause 9.1 "))
                .anyMatch(m -> m.contains("clause 10.2 "));
    }

    @Test
    void management_review_overdue() {
        Scenario s = AuditCycleFixture.withRegisters(temp).replace("management-reviews.yaml", "date: 2026-10-28", "date: 2025-10-28")
                .run();

        assertThat(s.messages("management-review-overdue")).containsExactly("management-reviews.yaml:2:3: warning:"
                + " The last management review, MR-2026, was held on 2025-10-28; with a reviewCycle of P12M"
                + " (aims.yaml) the next was due by 2026-10-28. Hold it and add it to the register."
                + " [management-review-overdue]");

        Scenario semiannual = AuditCycleFixture.withRegisters(temp.resolve("semiannual"))
                .replace("aims.yaml", "classification: Internal", "classification: Internal\nreviewCycle: P3M")
                .replace("management-reviews.yaml", "date: 2026-10-28", "date: 2026-08-21").run();
        assertThat(semiannual.messages("management-review-overdue")).singleElement().asString()
                .contains("with a reviewCycle of P3M (aims.yaml) the next was due by 2026-11-21");

        Scenario future = AuditCycleFixture.withRegisters(temp.resolve("future"))
                .replace("management-reviews.yaml", "date: 2026-10-28", "date: 2026-12-01").run();
        assertThat(future.messages("management-review-overdue")).containsExactly("management-reviews.yaml:2:3:"
                + " warning: No management review has been held yet: every one in the register is dated after"
                + " 2026-11-22. Hold one within the reviewCycle (P12M, aims.yaml) and record it here."
                + " [management-review-overdue]");
    }

    @Test
    void missing_review_input() {
        Scenario s = AuditCycleFixture.withRegisters(temp)
                .replace("management-reviews.yaml", "    interestedParties: No change.\n", "")
                .replace("management-reviews.yaml", "improvement: Automate the validation report.", "improvement: ''")
                .run();

        assertThat(s.messages("missing-review-input")).containsExactly("management-reviews.yaml:6:3: warning:"
                + " Management review MR-2026 does not record 2 of the inputs clause 9.3.2 asks for:"
                + " interestedParties (changes in the needs and expectations of interested parties); improvement"
                + " (opportunities for continual improvement). Add them under 'inputs:', as text, as a list of ids,"
                + " or both ({ text: ..., references: [...] }). [missing-review-input]");

        Scenario planned = AuditCycleFixture.withRegisters(temp.resolve("planned"))
                .replace("management-reviews.yaml", "    interestedParties: No change.\n", "")
                .replace("management-reviews.yaml", "date: 2026-10-28", "date: 2026-12-01").run();
        assertThat(planned.messages("missing-review-input")).as("a review still to come").isEmpty();
    }

    @Test
    void objective_past_due_and_not_achieved() {
        Scenario s = AuditCycleFixture.withRegisters(temp).replace("objectives.yaml", "due: 2026-12-31", "due: 2026-10-31").run();
        assertThat(s.messages("objective-overdue")).containsExactly("objectives.yaml:6:3: warning: Objective OBJ-01"
                + " was due on 2026-10-31 and is not achieved (status: on-track). Record the final result and set"
                + " 'status: achieved' or 'status: missed', or agree a new 'due:' date. [objective-overdue]");

        Scenario missed = AuditCycleFixture.withRegisters(temp.resolve("missed")).replace("objectives.yaml", "due: 2026-12-31",
                "due: 2026-10-31").replace("objectives.yaml", "status: on-track", "status: missed").run();
        assertThat(missed.messages("objective-overdue")).containsExactly("objectives.yaml:6:3: warning: Objective"
                + " OBJ-01 was due on 2026-10-31 and was missed. Decide what follows (a new 'due:' date, or a new"
                + " objective) and record it in the next management review. [objective-overdue]");

        Scenario achieved = AuditCycleFixture.withRegisters(temp.resolve("achieved")).replace("objectives.yaml", "due: 2026-12-31",
                "due: 2026-10-31").replace("objectives.yaml", "status: on-track", "status: achieved").run();
        assertThat(achieved.messages("objective-overdue")).isEmpty();
    }

    @Test
    void objective_results_overdue() {
        Scenario s = AuditCycleFixture.withRegisters(temp).replace("objectives.yaml", "date: 2026-09-30", "date: 2026-08-21").run();
        assertThat(s.messages("objective-results-overdue")).containsExactly("objectives.yaml:12:9: warning: The"
                + " latest result of objective OBJ-01 is of 2026-08-21; measured every P3M, the next was due on"
                + " 2026-11-21. Measure it and add the result under 'results:'. [objective-results-overdue]");

        Scenario none = AuditCycleFixture.withRegisters(temp.resolve("none")).replace("objectives.yaml", "  results:\n", "  x-results:\n")
                .run();
        assertThat(none.messages("objective-results-overdue")).containsExactly("objectives.yaml:9:3: warning:"
                + " Objective OBJ-01 is to be measured every P3M but has no result yet. Add one under 'results:'"
                + " ({ date: ..., value: ..., evidence: [...] }). [objective-results-overdue]");
    }

    @Test
    void a_closed_nonconformity_needs_its_closing_date_and_evidence() {
        Scenario s = AuditCycleFixture.withRegisters(temp).replace("nonconformities.yaml", "  closed: 2026-06-01\n  evidence: [EV-002]\n",
                "").run();

        assertThat(s.messages("missing-field")).containsExactly(
                "nonconformities.yaml:11:3: error: Nonconformity NC-1 is closed but has no 'closed' date. Add"
                        + " 'closed: YYYY-MM-DD', the day it was closed. [missing-field]",
                "nonconformities.yaml:11:3: error: Nonconformity NC-1 is closed but names no 'evidence' that its"
                        + " actions were taken. List the evidence records or documents that show it under"
                        + " 'evidence:'. [missing-field]");
    }

    @Test
    void an_open_major_nonconformity_takes_current_away_from_its_controls() {
        Scenario closed = AuditCycleFixture.withRegisters(temp).run();
        assertThat(closed.assessment().control("A.6.2.8").current()).isTrue();

        Scenario open = AuditCycleFixture.withRegisters(temp.resolve("open")).replace("nonconformities.yaml", "  status: closed\n",
                "  status: in-progress\n").run();
        assertThat(open.assessment().control("A.6.2.8").current()).isFalse();
        assertThat(open.assessment().readiness().current())
                .isEqualTo(closed.assessment().readiness().current() - 1);

        Scenario minor = AuditCycleFixture.withRegisters(temp.resolve("minor")).replace("nonconformities.yaml", "  status: closed\n",
                "  status: open\n").replace("nonconformities.yaml", "kind: major", "kind: minor").run();
        assertThat(minor.assessment().control("A.6.2.8").current()).isTrue();
    }
}
