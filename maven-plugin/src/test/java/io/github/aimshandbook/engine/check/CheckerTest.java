package io.github.aimshandbook.engine.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimshandbook.engine.Scenario;
import io.github.aimshandbook.engine.model.Location;
import io.github.aimshandbook.engine.model.Review;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckerTest {

    @TempDir
    Path temp;

    @Test
    void works_out_the_readiness_states_of_each_control() {
        Assessment a = Scenario.small(temp).run().assessment();

        ControlStatus policy = a.control("A.2.2");
        assertThat(policy.documented()).isTrue();
        assertThat(policy.evidenced()).isFalse();
        assertThat(policy.current()).isTrue();

        ControlStatus review = a.control("A.2.4");
        assertThat(review.documented()).as("the AI policy describes it").isTrue();
        assertThat(review.evidenced()).as("the management review record proves it").isTrue();

        ControlStatus logs = a.control("A.6.2.8");
        assertThat(logs.documented()).isFalse();
        assertThat(logs.evidenced()).isTrue();

        assertThat(a.control("A.6.2.6").gap()).isTrue();
        assertThat(a.control("A.10.4").applicable()).isFalse();
        assertThat(a.control("A.10.4").gap()).isFalse();
    }

    @Test
    void counts_readiness_over_applicable_controls() {
        Readiness r = Scenario.small(temp).run().assessment().readiness();

        assertThat(r.controls()).isEqualTo(38);
        assertThat(r.applicable()).isEqualTo(37);
        assertThat(r.withEvidence()).isEqualTo(8);
        assertThat(r.gaps()).hasSize(29).contains("A.6.2.6").doesNotContain("A.10.4", "A.2.2");
    }

    @Test
    void reports_a_control_missing_from_the_soa() {
        Scenario s = Scenario.small(temp)
                .replace("soa.yaml", "  A.7.5:\n    applicable: true\n", "  A.7.5-removed:\n    applicable: true\n")
                .run();

        assertThat(s.messages("soa-missing-control")).containsExactly("soa.yaml:143:3: error: The SoA misses A.7.5"
                + " Data provenance. Every one of the 38 Annex A controls must be listed, with 'applicable: false' and"
                + " a justification if it does not apply. Add it before A.7.6. [soa-missing-control]");
    }

    @Test
    void reports_a_control_listed_twice() {
        Scenario s = Scenario.small(temp).replace("soa.yaml", "  A.7.5:", "  A.7.4:").run();

        assertThat(s.messages("soa-duplicate-control")).singleElement().asString().startsWith("soa.yaml:")
                .contains("Control A.7.4 appears more than once in the SoA.");
    }

    @Test
    void reports_a_not_applicable_control_without_justification() {
        Scenario s = Scenario.small(temp).replace("soa.yaml",
                "    justification: We offer no AI system to customers.\n", "").run();

        assertThat(s.messages("soa-missing-justification")).singleElement().asString().startsWith(
                "soa.yaml:193:3: error: Control A.10.4 is not applicable but has no justification.");
    }

    @Test
    void warns_about_an_in_scope_system_without_impact_assessment_or_model_card() throws Exception {
        Scenario s = Scenario.small(temp);
        java.nio.file.Files.delete(s.root().resolve("impact-assessments/churn-model-ia.md"));
        java.nio.file.Files.delete(s.root().resolve("model-cards/churn-model-card.md"));
        s.run();

        assertThat(s.messages("missing-impact-assessment")).containsExactly("systems/churn-model.yaml:6:1: warning:"
                + " System churn-model is in scope but has no impact assessment. Write one in impact-assessments/"
                + " with 'systems: [churn-model]'. [missing-impact-assessment]");
        assertThat(s.messages("missing-model-card")).singleElement().asString()
                .contains("System churn-model is in scope and the organization is its provider");
    }

    @Test
    void warns_about_overdue_reviews_and_expired_evidence() {
        Scenario s = Scenario.small(temp)
                .replace("systems/churn-model.yaml", "lastReviewed: 2026-02-01", "lastReviewed: 2025-02-01")
                .replace("evidence.yaml", "  reviewEvery: P12M", "  validUntil: 2026-06-30").run();

        assertThat(s.messages("overdue-review")).containsExactly("systems/churn-model.yaml:14:1: warning: AI system"
                + " churn-model was due for review on 2026-02-01 (last reviewed 2025-02-01, every P12M). Review it"
                + " and update 'lastReviewed'. [overdue-review]");
        assertThat(s.messages("expired-evidence")).containsExactly("evidence.yaml:8:3: warning: Evidence record"
                + " EV-001 expired on 2026-06-30. Renew it and update 'validUntil'. [expired-evidence]");
        assertThat(s.assessment().control("A.6.2.4").current()).isFalse();
    }

    @Test
    void adds_review_periods_as_calendar_months() {
        Review review = new Review(Period.ofMonths(1), LocalDate.of(2026, 1, 31), null, Location.of("x"));

        assertThat(review.due()).contains(LocalDate.of(2026, 2, 28));
        assertThat(review.isOverdue(LocalDate.of(2026, 2, 28))).isFalse();
        assertThat(review.isOverdue(LocalDate.of(2026, 3, 1))).isTrue();
    }

    @Test
    void treats_a_period_without_a_start_date_as_overdue() {
        Scenario s = Scenario.small(temp).replace("systems/churn-model.yaml", "lastReviewed: 2026-02-01\n", "").run();

        assertThat(s.messages("overdue-review")).singleElement().asString()
                .contains("has 'reviewEvery' but no date to count from");
    }

    @Test
    void checks_risks_against_the_matrix_and_their_treatment() {
        Scenario s = Scenario.small(temp)
                .replace("risks.yaml", "residual: { likelihood: 2, impact: 2 }", "residual: { likelihood: 4, impact: 2 }")
                .replace("risks.yaml", "category: robustness", "category: robustnes")
                .replace("risks.yaml", "controls: [A.6.2.6, A.6.2.4]", "controls: []").run();

        assertThat(s.messages("residual-above-inherent")).containsExactly("risks.yaml:1:7: error: Risk R-001 has a"
                + " residual rating (4 x 2) above its inherent rating (3 x 3). Treatment cannot make a risk worse;"
                + " check both. [residual-above-inherent]");
        assertThat(s.messages("unknown-risk-category")).singleElement().asString()
                .contains("'robustnes', which is not an Annex C objective. Did you mean robustness?");
        assertThat(s.messages("mitigation-without-controls")).hasSize(1);
    }

    @Test
    void warns_when_a_draft_document_is_cited_as_evidence() {
        Scenario s = Scenario.small(temp).replace("policies/ai-policy.md", "status: approved", "status: draft").run();

        assertThat(s.messages("draft-evidence")).contains("soa.yaml:11:16: warning: Document ai-policy is draft, so"
                + " it does not count as evidence of A.2.2. Approve it, or stop citing it. [draft-evidence]");
    }

    @Test
    void makes_gaps_errors_when_asked() {
        Scenario s = Scenario.small(temp).gapsAsErrors().run();

        assertThat(s.findings()).filteredOn(f -> f.code().equals("control-gap"))
                .allMatch(f -> f.severity() == io.github.aimshandbook.engine.model.Severity.ERROR).hasSize(29);
    }

    @Test
    void warns_about_an_impact_assessment_shared_by_several_systems() {
        Scenario s = Scenario.small(temp)
                .write("systems/chatbot.yaml", "name: Chatbot\nowner: aims-lead\naiRoles: [user]\n")
                .replace("impact-assessments/churn-model-ia.md", "systems: [churn-model]",
                        "systems: [churn-model, chatbot]").run();

        assertThat(s.messages("shared-impact-assessment")).containsExactly("impact-assessments/churn-model-ia.md:4:24:"
                + " warning: Impact assessment churn-model-ia covers 2 systems. Assess each system in its own"
                + " document, so that each assessment names exactly the system it assesses. [shared-impact-assessment]");
    }

    @Test
    void warns_about_a_register_of_security_risks_only() {
        Scenario s = Scenario.small(temp).replace("risks.yaml", "category: robustness", "category: security").run();

        assertThat(s.messages("one-sided-risk-register")).singleElement().asString()
                .startsWith("risks.yaml:1:7: warning: Every risk in the register is a security risk.");
    }

    @Test
    void lists_clauses_whose_documented_information_no_document_gives() {
        Scenario s = Scenario.small(temp).run();

        assertThat(s.messages("missing-documented-information")).anyMatch(m -> m.equals("aims.yaml: warning: No"
                + " document answers clause 6.2 AI objectives and planning to achieve them, which asks for: The AI"
                + " objectives (document). Name the clause in the 'clauses:' of the document that covers it, or write"
                + " one. [missing-documented-information]"));
        assertThat(String.join("\n", s.messages("missing-documented-information")))
                .as("answered: by the AI policy, the risk procedure, the scope, the risk register, the assessments")
                .doesNotContain("clause 5.2 ", "clause 6.1.2 ", "clause 4.3 ", "clause 8.2 ", "clause 8.4 ",
                        "clause 9.3.3 ", "clause 4.4 ", "clause 7.5.1 ");
    }

    private static final String RAW_HTML_REMOVED = "warning: This raw HTML has tags or attributes that the handbook"
            + " removes (script, style, event handlers, frames, forms and the like), so that part of the text will not"
            + " show as written. Write it in Markdown or AsciiDoc, or keep to the HTML the handbook keeps (such as"
            + " <br>, <details>, <summary>, <kbd>, <sup>), or set allowRawHtml (-Daims.allowRawHtml=true) if every"
            + " author of this content is trusted. [raw-html-removed]";

    @Test
    void reports_raw_html_that_the_handbook_will_not_show() {
        Scenario s = Scenario.small(temp)
                .replace("policies/ai-policy.md", "We use AI responsibly.", "We use AI <span onclick=\"x()\">responsibly</span>.")
                .replace("procedures/risk-procedure.adoc", "== Steps", "++++\n<script>alert(1)</script>\n++++\n\n== Steps")
                .run();

        assertThat(s.messages("raw-html-removed")).containsExactly(
                "policies/ai-policy.md:14:11: " + RAW_HTML_REMOVED,
                "procedures/risk-procedure.adoc:11:1: " + RAW_HTML_REMOVED);
    }

    @Test
    void raw_html_that_the_handbook_keeps_is_not_reported() {
        Scenario s = Scenario.small(temp)
                .replace("policies/ai-policy.md", "We use AI responsibly.", "We use AI responsibly.<br>Press"
                        + " <kbd>Ctrl</kbd>+<kbd>K</kbd>. <!-- reviewed by legal -->\n\n<details>\n<summary>Why</summary>"
                        + "\n\nBecause clause 5.2 asks for it.\n\n</details>\n\n<div style=\"color:red\">Red</div>\n")
                .replace("procedures/risk-procedure.adoc", "== Steps", "++++\n<details><summary>Why</summary>Clause"
                        + " 6.1.2.</details>\n++++\n\nLine+++<br>+++break and pass:[<kbd>K</kbd>] but"
                        + " +++<span style=\"x\">s</span>+++.\n\n== Steps")
                .run();

        assertThat(s.messages("raw-html-removed")).containsExactly("policies/ai-policy.md:23:1: " + RAW_HTML_REMOVED,
                "procedures/risk-procedure.adoc:15:49: " + RAW_HTML_REMOVED);
    }
}
