package io.github.aimshandbook.engine.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimshandbook.engine.Scenario;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Findings that real users hit (issue 12): each says what is wrong where it is written, and how to fix it. */
class RealUserFindingsTest {

    @TempDir
    Path temp;

    @Test
    void an_annex_a_area_named_as_a_control_is_explained_with_its_controls() {
        Scenario s = Scenario.small(temp).replace("policies/ai-policy.md", "controls: [A.2.2, A.2.4]",
                "controls: [A.2.2, A.6]").run();

        assertThat(s.messages("unresolved-reference")).containsExactly("policies/ai-policy.md:9:19: error:"
                + " Unresolved reference 'A.6' in controls: no Annex A control has this id. A.6 is the Annex A area 'AI"
                + " system life cycle', not a control: an area or objective cannot be referenced. Name its controls"
                + " instead: A.6.1.2, A.6.1.3, A.6.2.2, A.6.2.3, A.6.2.4, A.6.2.5, A.6.2.6, A.6.2.7, A.6.2.8."
                + " [unresolved-reference]");
    }

    @Test
    void an_objective_referenced_in_the_text_is_explained_too() {
        Scenario s = Scenario.small(temp).replace("policies/ai-policy.md", "We use AI responsibly.",
                "We use AI responsibly, see [[A.6.2]].").run();

        assertThat(s.messages("unresolved-reference")).singleElement().asString()
                .contains("Unresolved reference 'A.6.2' in the text")
                .contains("A.6.2 is the Annex A objective '")
                .endsWith("Name its controls instead: A.6.2.2, A.6.2.3, A.6.2.4, A.6.2.5, A.6.2.6, A.6.2.7,"
                        + " A.6.2.8. [unresolved-reference]")
                .doesNotContain("Did you mean");
    }

    @Test
    void an_annex_b_id_suggests_the_annex_a_control_and_says_why() {
        Scenario s = Scenario.small(temp).replace("policies/ai-policy.md", "controls: [A.2.2, A.2.4]",
                "controls: [A.2.2, B.9.3]").run();

        assertThat(s.messages("unresolved-reference")).containsExactly("policies/ai-policy.md:9:19: error:"
                + " Unresolved reference 'B.9.3' in controls: no Annex A control has this id. B.9.3 is Annex B's"
                + " implementation guidance for control A.9.3 Objectives for responsible use of AI system; Annex B"
                + " is not a list of controls. Did you mean A.9.3? [unresolved-reference]");
    }

    @Test
    void an_invalid_id_gets_a_suggestion_no_other_entry_has_and_is_told_to_set_id() {
        Scenario s = Scenario.small(temp)
                .write("procedures/5.2-policy-review.md", "---\ntitle: Review\nowner: ceo\n---\nText.\n")
                .write("procedures/policy-review.md", "---\ntitle: Other review\nowner: ceo\n---\nText.\n").run();

        assertThat(s.messages("invalid-id")).containsExactly("procedures/5.2-policy-review.md:1:1: error: The id"
                + " '5.2-policy-review' of this document is not valid: an id starts with a letter, has only letters,"
                + " digits, '.', '_' and '-', and must not look like a catalog id such as A.6.2.4 or 5.2. Set a"
                + " valid one with 'id: policy-review-2' (without 'id:', the id is the file name). [invalid-id]");
    }

    @Test
    void an_invalid_risk_id_that_looks_like_a_control_gets_a_risk_id() {
        Scenario s = Scenario.small(temp).replace("risks.yaml", "id: R-001", "id: A.5.1").run();

        assertThat(s.messages("invalid-id")).singleElement().asString()
                .endsWith("Set a valid one with 'id: R-A-5-1'. [invalid-id]");
    }

    @Test
    void an_overdue_review_points_at_the_last_review() {
        Scenario s = Scenario.small(temp)
                .replace("systems/churn-model.yaml", "lastReviewed: 2026-02-01", "lastReviewed: 2025-02-01")
                .replace("policies/ai-policy.md", "lastReviewed: 2026-01-15", "lastReviewed: 2025-01-15").run();

        assertThat(s.messages("overdue-review")).extracting(m -> m.substring(0, m.indexOf(" warning")))
                .containsExactly("policies/ai-policy.md:8:1:", "systems/churn-model.yaml:14:1:");
    }

    @Test
    void an_expiry_points_at_valid_until_and_a_period_without_start_at_review_every() {
        Scenario s = Scenario.small(temp)
                .replace("evidence.yaml", "  reviewEvery: P12M", "  validUntil: 2026-06-30")
                .replace("systems/churn-model.yaml", "lastReviewed: 2026-02-01\n", "").run();

        assertThat(s.messages("expired-evidence")).singleElement().asString()
                .startsWith("evidence.yaml:8:3: warning: Evidence record EV-001 expired on 2026-06-30.");
        assertThat(s.messages("overdue-review")).singleElement().asString()
                .startsWith("systems/churn-model.yaml:13:1: warning: AI system churn-model has 'reviewEvery'");
    }

    @Test
    void system_findings_point_at_the_key_that_decides_them() throws Exception {
        Scenario s = Scenario.small(temp).replace("systems/churn-model.yaml", "lifecycle: production",
                "lifecycle: retired");
        java.nio.file.Files.delete(s.root().resolve("impact-assessments/churn-model-ia.md"));
        java.nio.file.Files.delete(s.root().resolve("model-cards/churn-model-card.md"));
        s.run();

        assertThat(s.messages("retired-in-scope")).singleElement().asString()
                .startsWith("systems/churn-model.yaml:5:1: warning: System churn-model is retired but in scope.");
        assertThat(s.messages("missing-impact-assessment")).singleElement().asString()
                .startsWith("systems/churn-model.yaml:6:1: warning:");
        assertThat(s.messages("missing-model-card")).singleElement().asString()
                .startsWith("systems/churn-model.yaml:4:1: warning:");
    }

    @Test
    void a_control_missing_from_the_soa_points_where_it_belongs() {
        Scenario s = Scenario.small(temp)
                .replace("soa.yaml", "  A.7.5:\n    applicable: true\n", "  A.7.5-removed:\n    applicable: true\n")
                .run();

        assertThat(s.messages("soa-missing-control")).singleElement().asString()
                .matches("soa\\.yaml:\\d+:3: error: The SoA misses A\\.7\\.5 Data provenance\\..*")
                .endsWith(" Add it before A.7.6. [soa-missing-control]");
        String line = s.messages("soa-missing-control").get(0).split(":")[1];
        assertThat(s.read("soa.yaml").lines().toList().get(Integer.parseInt(line) - 1)).isEqualTo("  A.7.6:");
    }

    @Test
    void the_last_control_missing_from_the_soa_points_at_the_controls_key() {
        Scenario s = Scenario.small(temp).replace("soa.yaml", "  A.10.4:", "  A.10.9:").run();

        assertThat(s.messages("soa-missing-control")).singleElement().asString()
                .startsWith("soa.yaml:3:1: error: The SoA misses A.10.4 ")
                .endsWith(" Add it at the end of 'controls:'. [soa-missing-control]");
    }
}
