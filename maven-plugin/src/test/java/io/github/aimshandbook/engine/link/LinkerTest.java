package io.github.aimshandbook.engine.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimshandbook.engine.Scenario;
import io.github.aimshandbook.engine.model.AiSystem;
import io.github.aimshandbook.engine.model.Clause;
import io.github.aimshandbook.engine.model.EvidenceRecord;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkerTest {

    @TempDir
    Path temp;

    @Test
    void reports_a_dangling_control_reference_in_text_with_the_closest_controls() {
        Scenario s = Scenario.small(temp).replace("policies/ai-policy.md", "We use AI responsibly.",
                "We use AI responsibly under [[A.6.2.9]].").run();

        assertThat(s.messages("unresolved-reference")).containsExactly("policies/ai-policy.md:14:29: error:"
                + " Unresolved reference 'A.6.2.9' in the text: no id has this id. Did you mean A.6.2.2, A.6.2.3"
                + " or A.6.2.4? [unresolved-reference]");
    }

    @Test
    void reports_an_owner_that_is_not_a_role_with_the_closest_role() {
        Scenario s = Scenario.small(temp).replace("systems/churn-model.yaml", "owner: aims-lead",
                "owner: aims-led").run();

        assertThat(s.messages("unresolved-reference")).containsExactly("systems/churn-model.yaml:2:8: error:"
                + " Unresolved reference 'aims-led' in owner: no role has this id. Did you mean aims-lead?"
                + " [unresolved-reference]");
    }

    @Test
    void refuses_the_id_index_whose_page_would_replace_the_register_page() {
        Scenario s = Scenario.small(temp).replace("policies/ai-policy.md", "title: AI Policy",
                "id: index\ntitle: AI Policy").run();

        assertThat(s.messages("invalid-id")).singleElement().asString().startsWith("policies/ai-policy.md:")
                .endsWith(": error: The id 'index' of this document is not valid: its page would be"
                        + " documents/index.html, the page of the register itself. Set another one with"
                        + " 'id: document-index' (without 'id:', the id is the file name). [invalid-id]");
    }

    @Test
    void reports_a_control_that_is_not_in_the_catalog() {
        Scenario s = Scenario.small(temp).replace("evidence.yaml", "controls: [A.6.2.8]", "controls: [A.11.2]")
                .run();

        assertThat(s.messages("unresolved-reference")).singleElement().asString().startsWith(
                "evidence.yaml:15:14: error: Unresolved reference 'A.11.2' in controls: no Annex A control has"
                        + " this id. Did you mean");
    }

    @Test
    void reports_soa_evidence_that_names_a_system() {
        Scenario s = Scenario.small(temp).replace("soa.yaml", "evidence: [EV-001]", "evidence: [churn-model]").run();

        assertThat(s.messages("wrong-reference-kind")).singleElement().asString().contains(
                "'churn-model' in evidence is an AI system, but evidence must name a document or evidence record.");
    }

    @Test
    void reports_a_relative_link_to_a_missing_file() {
        Scenario s = Scenario.small(temp).replace("policies/ai-policy.md", "../files/flow.svg", "../files/flw.svg")
                .run();

        assertThat(s.messages("missing-file")).containsExactly("policies/ai-policy.md:17:1: error: The image"
                + " '../files/flw.svg' leads to files/flw.svg, which is not in the content folder. Did you mean"
                + " files/flow.svg? [missing-file]");
    }

    @Test
    void reports_an_id_used_twice_across_kinds() {
        Scenario s = Scenario.small(temp).replace("evidence.yaml", "id: EV-002", "id: churn-model").run();

        assertThat(s.messages("duplicate-id")).containsExactly("evidence.yaml:9:7: error: The id 'churn-model' of"
                + " this evidence record is already used by an AI system (systems/churn-model.yaml:1:1). Ids must be"
                + " unique across all documents, systems, risks, evidence records, roles, objectives, audits,"
                + " nonconformities and management reviews. [duplicate-id]");
    }

    @Test
    void reports_an_id_that_looks_like_a_catalog_id() {
        Scenario s = Scenario.small(temp).replace("risks.yaml", "id: R-001", "id: A.5.1").run();

        assertThat(s.messages("invalid-id")).singleElement().asString().startsWith("risks.yaml:1:7: error: The id"
                + " 'A.5.1' of this risk is not valid");
    }

    @Test
    void traces_each_control_by_the_format_rule() {
        Handbook h = Scenario.small(temp).run().handbook();

        // through the SoA's evidence list and a document naming it
        assertThat(h.trace("A.2.2").evidence()).containsExactly("ai-policy");
        // only through documents' front matter
        assertThat(h.trace("A.2.4").evidence()).containsExactly("ai-policy", "management-review-2026");
        // only through an evidence record's controls
        assertThat(h.trace("A.6.2.8").evidence()).containsExactly("EV-002");
        // SoA evidence, plus the risk treating it; systems are not evidence
        assertThat(h.trace("A.6.2.4").evidence()).containsExactly("EV-001");
        assertThat(h.trace("A.6.2.4").risks()).containsExactly("R-001");
        assertThat(h.trace("A.6.2.6").evidence()).isEmpty();
        assertThat(h.trace("A.6.2.6").systems()).containsExactly("churn-model");
        assertThat(h.trace("A.6.2.6").risks()).containsExactly("R-001");
        assertThat(h.traces()).hasSize(38);
    }

    @Test
    void lists_who_references_an_entity() {
        Handbook h = Scenario.small(temp).run().handbook();

        assertThat(h.referencesTo("R-001")).containsExactly("ai-policy", "risk-procedure");
        assertThat(h.referencesTo("churn-model")).contains("churn-model-card", "churn-model-ia", "R-001", "EV-001");
    }

    @Test
    void resolves_paths_without_leaving_the_root() {
        assertThat(Paths.resolve("policies/ai-policy.md", "../files/a.png")).contains("files/a.png");
        assertThat(Paths.resolve("policies/ai-policy.md", "./x/../b.md")).contains("policies/b.md");
        assertThat(Paths.resolve("policies/ai-policy.md", "../../etc/passwd")).isEmpty();
        assertThat(Paths.toRoot("controls/A.2.2.html")).isEqualTo("../");
        assertThat(Paths.toRoot("index.html")).isEmpty();
    }

    @Test
    void reports_asciidoc_includes_that_are_missing_or_leave_the_content() {
        Scenario s = Scenario.small(temp).replace("procedures/risk-procedure.adoc", "== Steps", String.join("\n",
                "include::../files/missing.adoc[]", "include::../../../etc/passwd[]",
                "include::https://evil.example/x.adoc[]", "", "== Steps")).run();

        assertThat(s.messages("missing-file")).containsExactly("procedures/risk-procedure.adoc:11:1: error: The"
                + " include '../files/missing.adoc' leads to files/missing.adoc, which is not in the content folder."
                + " [missing-file]");
        assertThat(s.messages("outside-content-root")).containsExactly(
                "procedures/risk-procedure.adoc:12:1: error: The include '../../../etc/passwd' points outside the"
                        + " content folder. Copy the file under files/ and link to it there. [outside-content-root]",
                "procedures/risk-procedure.adoc:13:1: error: The include 'https://evil.example/x.adoc' points outside"
                        + " the content folder. Copy the file under files/ and link to it there. [outside-content-root]");
    }

    @Test
    void a_register_lists_only_the_entries_that_own_their_id() {
        // the second record takes the system's id and the first record's id is not valid: neither gets a row
        Scenario s = Scenario.small(temp).replace("evidence.yaml", "id: EV-002", "id: churn-model")
                .replace("evidence.yaml", "id: EV-001", "id: 1-bad").run();

        assertThat(s.handbook().index().entries(EntityKind.EVIDENCE, EvidenceRecord.class)).isEmpty();
        assertThat(s.handbook().index().entries(EntityKind.SYSTEM, AiSystem.class)).extracting(AiSystem::id)
                .containsExactly("churn-model");
        assertThat(s.handbook().index().find("churn-model").orElseThrow().kind()).isEqualTo(EntityKind.SYSTEM);
    }

    @Test
    void every_kind_names_its_entries_with_the_title_its_links_show() {
        Scenario s = Scenario.small(temp).run();
        Index index = s.handbook().index();

        assertThat(index.entries(EntityKind.CLAUSE, Clause.class)).hasSameSizeAs(s.handbook().catalog().clauses());
        assertThat(index.get("4.1").title()).startsWith("Clause 4.1 ");
        assertThat(index.get("A.2.2").title()).startsWith("A.2.2 ");
        assertThat(index.get("churn-model").title()).isEqualTo(s.content().systems().get(0).name());
        assertThat(index.get("aims-lead").href()).isEqualTo("roles.html#role-aims-lead");
        assertThat(index.get("R-001").href()).isEqualTo("risks/R-001.html");
    }
}
