package io.github.aimshandbook.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimshandbook.engine.AuditCycleFixture;
import io.github.aimshandbook.engine.Scenario;
import io.github.aimshandbook.engine.model.Audit;
import io.github.aimshandbook.engine.model.Location;
import io.github.aimshandbook.engine.model.ManagementReview;
import io.github.aimshandbook.engine.model.Nonconformity;
import io.github.aimshandbook.engine.model.Objective;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The four registers of the audit cycle, read in list and folder form, every value with its file, line, column. */
class AuditCycleLoadTest {

    @TempDir
    Path temp;

    @Test
    void reads_objectives_with_results_in_the_list_form_in_the_order_written() {
        Scenario s = AuditCycleFixture.withRegisters(temp)
                .replace("objectives.yaml", "date: 2026-06-30", "date: 2026-10-15").run();

        Objective o = s.content().objectives().get(0);
        assertThat(o.id()).isEqualTo("OBJ-01");
        assertThat(o.location()).isEqualTo(new Location("objectives.yaml", 1, 7));
        assertThat(o.keys().at("due")).isEqualTo(new Location("objectives.yaml", 6, 3));
        assertThat(o.owner().location()).isEqualTo(new Location("objectives.yaml", 3, 10));
        assertThat(o.due()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(o.status()).isEqualTo("on-track");
        assertThat(o.reviewEvery()).isEqualTo(Period.ofMonths(3));
        assertThat(o.results()).extracting(r -> r.value()).containsExactly("40 days", "31 days");
        assertThat(o.resultsByDate()).extracting(r -> r.date().toString()).containsExactly("2026-09-30",
                "2026-10-15");
        assertThat(o.results().get(0).evidence().get(0).location()).isEqualTo(new Location("objectives.yaml", 11,
                56));
        assertThat(o.results().get(0).location()).isEqualTo(new Location("objectives.yaml", 11, 7));
        assertThat(o.results().get(0).number()).hasValue(40);
        assertThat(o.nextResultDue()).hasValue(LocalDate.of(2027, 1, 15));
        assertThat(s.errorsAndWarnings()).isEmpty();
    }

    @Test
    void reads_audits_in_the_folder_form_with_the_file_name_as_id() {
        Scenario s = Scenario.small(temp).write("audits/IA-2026-01.yaml", """
                title: Leadership and planning
                status: done
                date: 2026-04-20
                lead: aims-lead
                auditor: K. Osei (independent of the AIMS team)
                scope:
                  clauses: [4, 5, 6.1, 10.2]
                  controls: [A.2.2, A.6.2.4]
                  systems: churn-model
                report: management-review-2026
                """).run();

        Audit a = s.content().audits().get(0);
        assertThat(a.id()).isEqualTo("IA-2026-01");
        assertThat(a.location()).isEqualTo(new Location("audits/IA-2026-01.yaml", 1, 1));
        assertThat(a.isDone()).isTrue();
        assertThat(a.date()).isEqualTo(LocalDate.of(2026, 4, 20));
        assertThat(a.scope().clauses()).extracting(r -> r.id()).containsExactly("4", "5", "6.1", "10.2");
        assertThat(a.scope().clauses().get(3).location()).isEqualTo(new Location("audits/IA-2026-01.yaml", 7, 24));
        assertThat(a.scope().coversClause("6.1.4")).isTrue();
        assertThat(a.scope().coversClause("6.2")).isFalse();
        assertThat(a.scope().coversClause("10")).isFalse();
        assertThat(a.scope().systems()).extracting(r -> r.id()).containsExactly("churn-model");
        assertThat(a.report().id()).isEqualTo("management-review-2026");
        assertThat(a.auditor()).isEqualTo("K. Osei (independent of the AIMS team)");
    }

    @Test
    void reads_nonconformities_with_actions_and_effectiveness() {
        Scenario s = Scenario.small(temp).write("nonconformities.yaml", """
                - id: NC-1
                  title: Validation report not renewed
                  kind: major
                  source: EV-001
                  raised: 2026-04-20
                  owner: aims-lead
                  controls: [A.6.2.4]
                  rootCause: Nobody owned the renewal.
                  actions:
                    - { id: NC-1-fix, description: Renew the report, owner: aims-lead, due: 2026-05-15, done: 2026-05-10 }
                    - description: Put the renewal in the calendar
                      due: 2026-06-01
                  status: closed
                  closed: 2026-06-02
                  evidence: [EV-001]
                  effectiveness: { date: 2026-09-01, by: ceo, effective: true }
                """).run();

        Nonconformity nc = s.content().nonconformities().get(0);
        assertThat(nc.kind()).isEqualTo("major");
        assertThat(nc.isOpen()).isFalse();
        assertThat(nc.source().id()).isEqualTo("EV-001");
        assertThat(nc.rootCause().markdown()).isEqualTo("Nobody owned the renewal.");
        assertThat(nc.actions()).extracting(a -> a.id()).containsExactly("NC-1-fix", "NC-1-2");
        assertThat(nc.actions().get(1).keys().at("due")).isEqualTo(new Location("nonconformities.yaml", 12, 7));
        assertThat(nc.actions().get(1).location()).isEqualTo(new Location("nonconformities.yaml", 11, 7));
        assertThat(nc.actions().get(0).isDone()).isTrue();
        assertThat(nc.actions().get(1).isOverdue(LocalDate.of(2026, 6, 2))).isTrue();
        assertThat(nc.effectiveness().effective()).isTrue();
        assertThat(nc.effectiveness().by().location()).isEqualTo(new Location("nonconformities.yaml", 16, 42));
        assertThat(nc.closed()).isEqualTo(LocalDate.of(2026, 6, 2));
        assertThat(s.errorsAndWarnings()).singleElement().asString().contains("Action NC-1-2 of nonconformity NC-1");
    }

    @Test
    void reads_management_reviews_with_inputs_as_text_ids_or_both() {
        Scenario s = Scenario.small(temp).write("management-reviews.yaml", """
                - id: MR-2026
                  date: 2026-10-28
                  chair: ceo
                  attendees: [aims-lead]
                  minutes: management-review-2026
                  inputs:
                    previousActions: None were open.
                    externalInternalIssues: |
                      The [[churn-model]] moved to a new platform.
                    interestedParties: [R-001]
                    performance: { text: One audit done., references: [EV-002] }
                  decisions: Keep the AIMS as it is.
                  actions:
                    - { description: Plan the 2027 audits, owner: aims-lead, due: 2027-01-31 }
                """).run();

        ManagementReview r = s.content().reviews().get(0);
        assertThat(r.title()).isEqualTo("Management review 2026-10-28");
        assertThat(r.inputs().keySet()).containsExactly("previousActions", "externalInternalIssues",
                "interestedParties", "performance");
        assertThat(r.missingInputs()).containsExactly("improvement");
        assertThat(r.input("externalInternalIssues").orElseThrow().text().references().get(0).location())
                .isEqualTo(new Location("management-reviews.yaml", 9, 11));
        assertThat(r.input("interestedParties").orElseThrow().references()).extracting(x -> x.id())
                .containsExactly("R-001");
        assertThat(r.input("performance").orElseThrow().references()).extracting(x -> x.id())
                .containsExactly("EV-002");
        assertThat(r.input("performance").orElseThrow().text().markdown()).isEqualTo("One audit done.");
        assertThat(r.actions()).extracting(a -> a.id() + " " + a.due()).containsExactly("MR-2026-1 2027-01-31");
        assertThat(r.decisions().markdown()).isEqualTo("Keep the AIMS as it is.");
    }

    @Test
    void reads_the_cycles_of_the_manifest_with_twelve_months_by_default() {
        Scenario plain = Scenario.small(temp.resolve("plain")).run();
        assertThat(plain.content().manifest().auditCycle()).isEqualTo(Period.ofMonths(12));
        assertThat(plain.content().manifest().reviewCycle()).isEqualTo(Period.ofMonths(12));

        Scenario set = Scenario.small(temp.resolve("set")).replace("aims.yaml", "classification: Internal",
                "classification: Internal\nauditCycle: P24M\nreviewCycle: semiannual").run();
        assertThat(set.content().manifest().auditCycle()).isEqualTo(Period.ofMonths(24));
        assertThat(set.content().manifest().reviewCycle()).isEqualTo(Period.ofMonths(6));
    }

    @Test
    void reports_bad_values_at_their_place() {
        Scenario s = Scenario.small(temp).write("nonconformities.yaml", """
                - id: NC-9
                  title: Something
                  kind: severe
                  raised: 2026-13-01
                  status: done
                  actions: { description: x }
                """).write("audits.yaml", """
                - id: IA-9
                  title: Everything
                  date: soon
                  scope: [4, 5]
                """).run();

        assertThat(s.messages("invalid-value")).containsExactly(
                "nonconformities.yaml:3:9: error: 'kind' of a nonconformity is 'severe', which is not one of: major,"
                        + " minor, observation, improvement. [invalid-value]",
                "nonconformities.yaml:5:11: error: 'status' of a nonconformity is 'done', which is not one of: open,"
                        + " in-progress, closed. [invalid-value]");
        assertThat(s.messages("invalid-date")).containsExactly(
                "audits.yaml:3:9: error: 'date' of an internal audit is not a date: 'soon'. Write it as YYYY-MM-DD,"
                        + " e.g. 2026-03-01. [invalid-date]",
                "nonconformities.yaml:4:11: error: 'raised' of a nonconformity is not a date: '2026-13-01'. Write it"
                        + " as YYYY-MM-DD, e.g. 2026-03-01. [invalid-date]");
        assertThat(s.messages("wrong-type")).containsExactly(
                "audits.yaml:4:10: error: 'scope' of an internal audit must be a mapping of keys to values, but this"
                        + " is a list. [wrong-type]",
                "nonconformities.yaml:6:12: error: 'actions' of a nonconformity must be a list, but it is a mapping."
                        + " [wrong-type]");
        assertThat(s.messages("missing-field")).containsExactly(
                "audits.yaml:1:3: error: An internal audit has no 'status'. Add it: status: ... [missing-field]");
    }
}
