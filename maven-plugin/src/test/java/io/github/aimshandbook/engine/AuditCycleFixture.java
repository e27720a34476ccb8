package io.github.aimshandbook.engine;

import io.github.aimshandbook.engine.load.CatalogLoader;
import io.github.aimshandbook.engine.model.Control;
import java.nio.file.Path;
import java.util.List;

/**
 * The registers of the audit cycle on the small fixture, as they are when the cycle is kept on the fixtures' run date
 * (2026-11-22): tests change one thing and look at what the checks make of it.
 */
public final class AuditCycleFixture {

    private AuditCycleFixture() {
    }

    /** The small fixture with an objective, two done audits that cover everything, two nonconformities, a review. */
    public static Scenario withRegisters(Path temp) {
        List<String> controls = CatalogLoader.load().controls().stream().map(Control::id)
                .filter(id -> !id.equals("A.10.4")).toList();
        List<String> first = controls.stream().filter(id -> id.compareTo("A.6") < 0).toList();
        List<String> second = controls.stream().filter(id -> id.compareTo("A.6") > 0).toList();
        return Scenario.small(temp)
                .write("objectives.yaml", """
                        - id: OBJ-01
                          title: Churn model revalidated every quarter
                          owner: aims-lead
                          measure: days since the last validation report
                          target: "at most 92 days"
                          due: 2026-12-31
                          status: on-track
                          controls: [A.6.2.4]
                          reviewEvery: P3M
                          results:
                            - { date: 2026-06-30, value: "40 days", evidence: [EV-001] }
                            - { date: 2026-09-30, value: "31 days", evidence: [EV-001] }
                        """)
                .write("audits.yaml", """
                        - id: IA-1
                          title: Context, leadership, planning and support
                          status: done
                          date: 2026-04-20
                          lead: aims-lead
                          scope:
                            clauses: [4, 5, 6, 7]
                            controls: [%s]
                          report: management-review-2026
                        - id: IA-2
                          title: Operation, evaluation and improvement
                          status: done
                          date: 2026-10-09
                          lead: aims-lead
                          scope:
                            clauses: [8, 9, 10]
                            controls: [%s]
                          report: EV-002
                        - id: IA-3
                          title: Follow-up of NC-2
                          status: planned
                          date: 2027-03-01
                          scope: { controls: [A.6.2.8] }
                        """.formatted(String.join(", ", first), String.join(", ", second)))
                .write("nonconformities.yaml", """
                        - id: NC-1
                          title: Monitoring dashboard not looked at
                          kind: major
                          source: IA-1
                          raised: 2026-04-20
                          owner: aims-lead
                          controls: [A.6.2.8]
                          rootCause: Nobody was named to look at it.
                          actions:
                            - { id: NC-1-1, description: Name an owner, owner: aims-lead, due: 2026-05-15, done: 2026-05-10 }
                          status: closed
                          closed: 2026-06-01
                          evidence: [EV-002]
                          effectiveness: { date: 2026-10-09, by: ceo, effective: true }
                        - id: NC-2
                          title: Validation report filed late
                          kind: minor
                          source: IA-2
                          raised: 2026-10-09
                          owner: aims-lead
                          controls: [A.6.2.4]
                          actions:
                            - { id: NC-2-1, description: Put the renewal in the calendar, owner: aims-lead, due: 2026-12-15 }
                          status: open
                        """)
                .write("management-reviews.yaml", """
                        - id: MR-2026
                          date: 2026-10-28
                          chair: ceo
                          attendees: [aims-lead]
                          minutes: management-review-2026
                          inputs:
                            previousActions: None were open.
                            externalInternalIssues: The churn model moved to a new platform.
                            interestedParties: No change.
                            performance: { text: "Two audits done, two nonconformities.", references: [IA-1, IA-2, NC-1, NC-2] }
                            improvement: Automate the validation report.
                          decisions: Keep the AIMS as it is.
                          actions:
                            - { description: Plan the 2027 audits, owner: aims-lead, due: 2027-01-31 }
                        """);
    }
}
