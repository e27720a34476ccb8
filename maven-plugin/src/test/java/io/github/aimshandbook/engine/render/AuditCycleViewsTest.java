package io.github.aimshandbook.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimshandbook.engine.AuditCycleFixture;
import io.github.aimshandbook.engine.Scenario;
import io.github.aimshandbook.engine.model.Audit;
import io.github.aimshandbook.engine.model.Entity;
import io.github.aimshandbook.engine.model.Nonconformity;
import io.github.aimshandbook.engine.model.Objective;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the pages of the audit cycle show, worked out from the small fixture's registers (run date 2026-11-22): the
 * objectives' charts, a nonconformity's timeline, the coverage matrix's columns, the inputs of a review, and which
 * audits and nonconformities concern a control, clause, system or document.
 */
class AuditCycleViewsTest {

    @TempDir
    Path temp;

    private static Objective objective(Scenario s, String id) {
        return s.handbook().objectives().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }

    private static Nonconformity nc(Scenario s, String id) {
        return s.handbook().nonconformities().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<Audit> byDate(Scenario s) {
        return s.handbook().audits().stream().sorted(AuditProgrammeView.BY_DATE).toList();
    }

    @Test
    void an_objective_whose_results_are_numbers_gets_a_chart_that_says_its_data_in_words() {
        Scenario s = AuditCycleFixture.withRegisters(temp)
                .replace("objectives.yaml", "\"at most 92 days\"", "\"30 days\"")
                .replace("objectives.yaml", "value: \"40 days\"", "value: \"40 days\" }\n    - { date: 2026-07-31, value: \"45 days\"").run();

        ObjectiveChart chart = ObjectiveChart.of(objective(s, "OBJ-01")).orElseThrow();

        assertThat(chart.description()).isEqualTo("3 results of OBJ-01, target 30 days: 40 days on 2026-06-30, "
                + "45 days on 2026-07-31, 31 days on 2026-09-30.");
        List<ObjectiveChart.Point> p = chart.points();
        assertThat(p).extracting(ObjectiveChart.Point::value).containsExactly("40 days", "45 days", "31 days");
        assertThat(p.get(0).x()).as("the oldest result at the left").isEqualTo(chart.left());
        assertThat(p.get(2).x()).as("the latest at the right").isEqualTo(chart.right());
        assertThat(p.get(1).x()).as("x follows the dates: 31 of 92 days").isCloseTo(40 + 280 * 31.0 / 92, within());
        assertThat(p.get(1).y()).as("45 is drawn higher than 40").isLessThan(p.get(0).y());
        assertThat(chart.targetY()).as("the target 30 lies below every result").isGreaterThan(p.get(2).y());
        assertThat(chart.polyline()).isEqualTo(p.get(0).sx() + "," + p.get(0).sy() + " " + p.get(1).sx() + ","
                + p.get(1).sy() + " " + p.get(2).sx() + "," + p.get(2).sy());
        for (ObjectiveChart.Point point : p) {
            assertThat(point.y()).isBetween((double) chart.plotTop(), (double) chart.plotBottom());
        }
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(0.01);
    }

    @Test
    void an_objective_with_a_result_that_is_not_a_number_or_with_no_result_has_no_chart() {
        Scenario s = AuditCycleFixture.withRegisters(temp).replace("objectives.yaml", "\"31 days\"", "\"not measured\"")
                .run();

        assertThat(ObjectiveChart.of(objective(s, "OBJ-01"))).isEmpty();

        Scenario none = AuditCycleFixture.withRegisters(temp.resolve("b")).replace("objectives.yaml",
                "  results:\n    - { date: 2026-06-30, value: \"40 days\", evidence: [EV-001] }\n"
                        + "    - { date: 2026-09-30, value: \"31 days\", evidence: [EV-001] }\n", "").run();
        assertThat(none.handbook().objectives().get(0).results()).isEmpty();
        assertThat(ObjectiveChart.of(none.handbook().objectives().get(0))).isEmpty();
        ObjectivesView.Entry entry = ObjectivesView.of(none.handbook().objectives(), none.assessment()).objectives().get(0);
        assertThat(entry.chart()).isNull();
        assertThat(entry.resultsOverdue()).as("measured every 3 months and never measured").isTrue();
    }

    @Test
    void a_closed_nonconformity_shows_raised_actions_closed_and_effectiveness_in_date_order() {
        Scenario s = AuditCycleFixture.withRegisters(temp).run();

        List<NonconformityView.Event> timeline = NonconformityView.of(nc(s, "NC-1"), s.handbook(), s.assessment())
                .timeline();

        assertThat(timeline).extracting(e -> e.date() + " " + e.label() + " " + e.state()).containsExactly(
                "2026-04-20 Raised ", "2026-05-10 Action done ", "2026-06-01 Closed ",
                "2026-10-09 Effectiveness reviewed effective");
        assertThat(timeline.get(1).action().id()).isEqualTo("NC-1-1");
        assertThat(timeline.get(1).due()).isEqualTo(LocalDate.of(2026, 5, 15));
    }

    @Test
    void an_action_not_done_is_planned_until_its_due_date_and_overdue_after_it() {
        Scenario planned = AuditCycleFixture.withRegisters(temp).run();
        NonconformityView view = NonconformityView.of(nc(planned, "NC-2"), planned.handbook(), planned.assessment());
        assertThat(view.overdue()).isFalse();
        assertThat(view.sourceIsId()).isTrue();
        assertThat(view.timeline()).extracting(e -> e.date() + " " + e.kind() + " " + e.state())
                .containsExactly("2026-10-09 raised ", "2026-12-15 action-due planned");

        Scenario late = AuditCycleFixture.withRegisters(temp.resolve("late"))
                .replace("nonconformities.yaml", "due: 2026-12-15", "due: 2026-11-01")
                .replace("nonconformities.yaml", "source: IA-2", "source: complaint").run();
        NonconformityView overdue = NonconformityView.of(nc(late, "NC-2"), late.handbook(), late.assessment());
        assertThat(overdue.overdue()).isTrue();
        assertThat(overdue.sourceIsId()).as("'complaint' is a word, not an id").isFalse();
        assertThat(overdue.timeline().get(1).state()).isEqualTo("overdue");
        NonconformitiesView.Row row = NonconformitiesView.of(late.handbook().nonconformities(), late.assessment()).nonconformities()
                .get(1);
        assertThat(row.overdue()).isTrue();
        assertThat(row.actionsDone()).isZero();
        assertThat(row.nextDue()).isEqualTo(LocalDate.of(2026, 11, 1));
    }

    @Test
    void the_coverage_matrix_has_a_column_per_done_audit_and_marks_what_each_covered() {
        Scenario s = AuditCycleFixture.withRegisters(temp).run();

        AuditProgrammeView v = AuditProgrammeView.of(byDate(s), s.assessment());

        assertThat(v.audits()).extracting(Audit::id).containsExactly("IA-1", "IA-2", "IA-3");
        assertThat(v.columns()).extracting(Audit::id).as("the planned IA-3 covered nothing yet")
                .containsExactly("IA-1", "IA-2");
        assertThat(v.clauses()).extracting(c -> c.id()).startsWith("4", "4.1").contains("10.2");
        var clause81 = v.clauses().stream().filter(c -> c.id().equals("8.1")).findFirst().orElseThrow();
        assertThat(v.covered(clause81, v.columns().get(1))).isTrue();
        assertThat(v.covered(clause81, v.columns().get(0))).isFalse();
        assertThat(v.controls()).extracting(c -> c.id()).doesNotContain("A.10.4").contains("A.2.2");
        assertThat(v.unaudited()).isEmpty();
        assertThat(v.cycle()).isEqualTo("every year");
        assertThat(v.next().id()).isEqualTo("IA-3");

        Scenario gap = AuditCycleFixture.withRegisters(temp.resolve("gap"))
                .replace("audits.yaml", "clauses: [8, 9, 10]", "clauses: [8, 9]")
                .replace("audits.yaml", "date: 2027-03-01", "date: 2026-11-01").run();
        AuditProgrammeView gapView = AuditProgrammeView.of(byDate(gap), gap.assessment());
        assertThat(gapView.unaudited()).containsExactly("10");
        assertThat(gapView.overdue()).containsExactly("IA-3");
    }

    @Test
    void a_review_lists_the_five_inputs_in_the_order_of_clause_9_3_2_and_marks_a_missing_one() {
        Scenario s = AuditCycleFixture.withRegisters(temp)
                .replace("management-reviews.yaml", "    improvement: Automate the validation report.\n", "")
                .replace("management-reviews.yaml", "due: 2027-01-31", "due: 2026-11-01").run();

        ManagementReviewsView all = ManagementReviewsView.of(s.handbook().reviews().stream()
                .sorted(ManagementReviewsView.LATEST_FIRST).toList(), s.assessment());
        ManagementReviewView view = all.managementReviews().get(0);

        assertThat(view.inputs()).extracting(ManagementReviewView.Input::key).containsExactly("previousActions",
                "externalInternalIssues", "interestedParties", "performance", "improvement");
        assertThat(view.inputs()).extracting(ManagementReviewView.Input::recorded)
                .containsExactly(true, true, true, true, false);
        assertThat(view.inputs().get(3).given().references()).extracting(r -> r.id())
                .containsExactly("IA-1", "IA-2", "NC-1", "NC-2");
        assertThat(view.overdueActions()).containsExactly("MR-2026-1");
        assertThat(all.last().id()).isEqualTo("MR-2026");
        assertThat(all.nextDue()).isEqualTo(LocalDate.of(2027, 10, 28));
        assertThat(all.overdue()).isFalse();
    }

    @Test
    void a_control_clause_and_document_show_the_audits_and_nonconformities_that_concern_them() {
        Scenario s = AuditCycleFixture.withRegisters(temp).run();
        AuditTrail trail = new AuditTrail(s.handbook());

        assertThat(trail.audits("A.6.2.8")).extracting(Audit::id).containsExactly("IA-2", "IA-3");
        assertThat(trail.nonconformities("A.6.2.8")).extracting(Entity::id).containsExactly("NC-1");
        assertThat(trail.audits("8.1")).as("clause 8 in the scope covers 8.1").extracting(Audit::id)
                .containsExactly("IA-2");
        assertThat(trail.audits("management-review-2026")).as("the report of IA-1").extracting(Audit::id)
                .containsExactly("IA-1");
        assertThat(trail.nonconformities("EV-002")).as("the evidence of NC-1's closure").extracting(Entity::id)
                .containsExactly("NC-1");
        assertThat(trail.concerns("A.10.4")).as("not applicable, audited by nobody").isFalse();
    }
}
