package io.github.aimshandbook.engine.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimshandbook.engine.AuditCycleFixture;
import io.github.aimshandbook.engine.Scenario;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ids and references of the four registers of the audit cycle, resolved like every other reference. */
class AuditCycleLinkTest {

    @TempDir
    Path temp;

    @Test
    void gives_each_register_entry_an_id_and_an_address_of_its_own() {
        Scenario s = AuditCycleFixture.withRegisters(temp).run();
        Index index = s.handbook().index();

        assertThat(index.get("OBJ-01").href()).isEqualTo("objectives.html#objective-OBJ-01");
        assertThat(index.get("IA-1").href()).isEqualTo("audits/IA-1.html");
        assertThat(index.get("NC-2").href()).isEqualTo("nonconformities/NC-2.html");
        assertThat(index.get("MR-2026").href()).isEqualTo("management-reviews/MR-2026.html");
        assertThat(index.get("MR-2026").title()).isEqualTo("Management review 2026-10-28");
        assertThat(index.get("IA-1").kind()).isEqualTo(EntityKind.AUDIT);
        assertThat(s.findings()).noneMatch(f -> f.code().contains("reference"));
    }

    @Test
    void keeps_who_refers_to_whom() {
        Scenario s = AuditCycleFixture.withRegisters(temp).run();

        assertThat(s.handbook().referencesTo("EV-001")).contains("OBJ-01");
        assertThat(s.handbook().referencesTo("IA-2")).containsExactly("MR-2026", "NC-2");
        assertThat(s.handbook().referencesTo("management-review-2026")).contains("IA-1", "MR-2026");
        assertThat(s.handbook().referencesTo("aims-lead")).contains("IA-1", "NC-1", "OBJ-01");
    }

    @Test
    void reports_an_unresolved_source_with_the_closest_ids_but_keeps_a_word() {
        Scenario s = AuditCycleFixture.withRegisters(temp).replace("nonconformities.yaml", "source: IA-1",
                "source: IA-11").replace("nonconformities.yaml", "source: IA-2", "source: customer-complaint").run();

        assertThat(s.messages("unresolved-reference")).containsExactly("nonconformities.yaml:4:11: error:"
                + " Unresolved reference 'IA-11' in source: no document or evidence record or internal audit or"
                + " management review has this id. Did you mean IA-1, IA-2 or IA-3? [unresolved-reference]");
    }

    @Test
    void reports_a_reference_of_the_wrong_kind_and_an_unknown_clause() {
        Scenario s = AuditCycleFixture.withRegisters(temp).replace("audits.yaml", "lead: aims-lead", "lead: EV-001")
                .replace("audits.yaml", "clauses: [8, 9, 10]", "clauses: [8, 9, 11]")
                .replace("nonconformities.yaml", "source: IA-2", "source: aims-lead").run();

        assertThat(s.messages("wrong-reference-kind")).containsExactly(
                "audits.yaml:5:9: error: 'EV-001' in lead is an evidence record, but lead must name a role."
                        + " [wrong-reference-kind]",
                "nonconformities.yaml:18:11: error: 'aims-lead' in source is a role, but source must name a"
                        + " document or evidence record or internal audit or management review. [wrong-reference-kind]");
        assertThat(s.messages("unresolved-reference")).singleElement().asString().startsWith("audits.yaml:16:21:"
                + " error: Unresolved reference '11' in the clauses of the scope: no clause has this id.");
    }

    @Test
    void an_id_of_the_registers_is_unique_across_every_kind() {
        Scenario s = AuditCycleFixture.withRegisters(temp).replace("audits.yaml", "id: IA-2", "id: EV-001")
                .replace("audits.yaml", "report: EV-002", "report: EV-002").run();

        assertThat(s.messages("duplicate-id")).containsExactly("audits.yaml:10:7: error: The id 'EV-001' of this"
                + " internal audit is already used by an evidence record (evidence.yaml:1:7). Ids must be unique across"
                + " all documents, systems, risks, evidence records, roles, objectives, audits, nonconformities and"
                + " management reviews. [duplicate-id]");
    }

    @Test
    void an_id_that_looks_like_a_clause_is_refused_with_a_valid_one_to_use() {
        Scenario s = AuditCycleFixture.withRegisters(temp).replace("audits.yaml", "id: IA-3", "id: 9.2").run();

        assertThat(s.messages("invalid-id")).containsExactly("audits.yaml:19:7: error: The id '9.2' of this internal"
                + " audit is not valid: an id starts with a letter, has only letters, digits, '.', '_' and '-', and must"
                + " not look like a catalog id such as A.6.2.4 or 5.2. Set a valid one with 'id: IA-9-2'."
                + " [invalid-id]");
        assertThat(s.handbook().audits()).extracting(a -> a.id()).containsExactly("IA-1", "IA-2");
    }
}
