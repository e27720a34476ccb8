package io.github.aimshandbook.engine.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.aimshandbook.engine.Options;
import io.github.aimshandbook.engine.Pipeline;
import io.github.aimshandbook.engine.Scenario;
import io.github.aimshandbook.engine.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Contract 1.1 "Honest readiness": drafts, retired documents and documents of type other are never evidence. */
class HonestReadinessTest {

    @TempDir
    Path temp;

    /** The small fixture with every document a draft and no evidence record naming a control. */
    private Scenario onlyDrafts() {
        return Scenario.small(temp)
                .replace("policies/ai-policy.md", "status: approved", "status: draft")
                .replace("procedures/risk-procedure.adoc", ":status: approved", ":status: draft")
                .replace("records/management-review-2026.md", "owner: ceo", "owner: ceo\nstatus: draft")
                .replace("model-cards/churn-model-card.md", "---\n", "---\nstatus: draft\n")
                .replace("impact-assessments/churn-model-ia.md", "---\n", "---\nstatus: draft\n")
                .replace("evidence.yaml", "  controls: [A.6.2.8]\n", "")
                .replace("soa.yaml", "evidence: [EV-001]", "evidence: [risk-procedure]");
    }

    @Test
    void a_soa_that_cites_only_drafts_shows_every_applicable_control_as_a_gap() {
        Scenario s = onlyDrafts().run();
        Readiness r = s.assessment().readiness();

        assertThat(r.applicable()).isEqualTo(37);
        assertThat(r.gaps()).hasSize(37);
        assertThat(r.withEvidence()).isZero();
        assertThat(r.documented()).isZero();
        assertThat(r.evidenced()).isZero();
        assertThat(r.current()).isZero();
        ControlStatus policy = s.assessment().control("A.2.2");
        assertThat(policy.trace().evidence()).isEmpty();
        assertThat(policy.trace().notCounted()).containsExactly("ai-policy");
        assertThat(s.assessment().control("A.2.4").trace().notCounted())
                .as("named by the policy and the minutes, in code-point order")
                .containsExactly("ai-policy", "management-review-2026");
    }

    @Test
    void the_gap_warning_names_the_items_that_do_not_count() {
        Scenario s = onlyDrafts().run();

        assertThat(s.messages("control-gap")).contains("soa.yaml:4:3: warning: Control A.2.2 is applicable but has"
                + " no evidence that counts: only ai-policy (draft) names it, and drafts, retired documents and"
                + " documents of type other are never evidence. Approve the document, fill in a copy of the"
                + " template, or list other evidence under 'evidence:'. [control-gap]");
        assertThat(s.messages("control-gap")).filteredOn(m -> m.contains("Control A.2.4 "))
                .singleElement().asString()
                .contains("only ai-policy (draft) and management-review-2026 (draft) name it");
        assertThat(s.messages("draft-evidence")).contains("soa.yaml:11:16: warning: Document ai-policy is draft, so"
                + " it does not count as evidence of A.2.2. Approve it, or stop citing it. [draft-evidence]");
        assertThat(s.messages("draft-evidence")).as("named in its own front matter, so the warning points there")
                .contains("policies/ai-policy.md:9:19: warning: Document ai-policy is draft, so it does not count as"
                        + " evidence of A.2.4. Approve it, or stop citing it. [draft-evidence]");
    }

    @Test
    void a_template_of_type_other_is_not_evidence_even_when_approved() {
        Scenario s = Scenario.small(temp).write("procedures/review-template.md", "---\ntitle: Review template\n"
                + "type: other\nowner: ceo\ncontrols: [A.3.2]\n---\n# Review template\n\nDate: ____\n").run();

        ControlStatus c = s.assessment().control("A.3.2");
        assertThat(c.gap()).isTrue();
        assertThat(c.documented()).isFalse();
        assertThat(c.trace().notCounted()).containsExactly("review-template");
        assertThat(s.messages("control-gap")).filteredOn(m -> m.contains("Control A.3.2 ")).singleElement()
                .asString().contains("only review-template (of type other) names it");
        assertThat(s.messages("draft-evidence")).as("a template is not a draft").isEmpty();
    }

    @Test
    void a_retired_document_is_not_evidence() {
        Scenario s = Scenario.small(temp).replace("policies/ai-policy.md", "status: approved", "status: retired")
                .run();

        assertThat(s.assessment().control("A.2.2").gap()).isTrue();
        assertThat(s.assessment().control("A.2.4").trace().evidence()).containsExactly("management-review-2026");
        assertThat(s.assessment().control("A.2.4").documented()).as("only the policy described it").isFalse();
    }

    @Test
    void pages_report_and_pdf_show_drafts_beside_the_control_as_not_counted() throws IOException {
        Scenario s = onlyDrafts();
        Path out = temp.resolve("out");
        new Pipeline().run(Options.builder(s.root(), out, Fixtures.TODAY).build());

        JsonNode report = new ObjectMapper().readTree(out.resolve("aims-report.json").toFile());
        assertThat(report.at("/readiness/withEvidence").asInt()).isZero();
        assertThat(report.at("/readiness/gaps")).hasSize(37);
        assertThat(report.at("/controls/A.2.4/evidence")).isEmpty();
        assertThat(report.at("/controls/A.2.4/notCounted")).extracting(JsonNode::asText)
                .containsExactly("ai-policy", "management-review-2026");

        Document control = Jsoup.parse(out.resolve("controls/A.2.2.html").toFile(), "UTF-8");
        assertThat(control.select(".not-counted-list").text()).startsWith("Named, not counted: ai-policy not"
                + " counted: draft.");
        assertThat(control.select("#evidence-h + p.warn-text").text())
                .isEqualTo("No evidence that counts yet: this applicable control is a gap.");

        Document index = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        assertThat(index.select(".card").get(1).text()).isEqualTo("0applicable controls with evidence");
        assertThat(index.select("section[aria-labelledby=gaps-h] li").first().text())
                .isEqualTo("Leadership (named only by ai-policy not counted: draft)".replace("Leadership",
                        index.select("section[aria-labelledby=gaps-h] li a").first().text()));
        assertThat(index.select("p.ok").text()).doesNotContain("Every applicable control has evidence");

        Document soa = Jsoup.parse(out.resolve("soa.html").toFile(), "UTF-8");
        assertThat(soa.select("tr:has(a[href$=A.2.4.html]) td.num").text()).isEqualTo("gap +2 not counted");

        Document matrix = Jsoup.parse(out.resolve("traceability.html").toFile(), "UTF-8");
        assertThat(matrix.select("tr:has(a[href$=A.2.2.html]) td").get(1).text())
                .isEqualTo("ai-policy not counted: draft");

        Document doc = Jsoup.parse(out.resolve("documents/risk-procedure.html").toFile(), "UTF-8");
        assertThat(doc.select("dt:containsOwn(Controls) + dd").text())
                .as("its own controls and the one the SoA cites it for, marked as not counted")
                .isEqualTo("A.5.2, A.6.1.2, A.6.2.4 not counted as evidence: draft");

        try (var pdf = org.apache.pdfbox.Loader.loadPDF(out.resolve("handbook.pdf").toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Not counted ai-policy (not counted: draft)")
                    .contains("none that counts: a gap").contains("gap (+2 not counted)");
        }
        assertThat(Files.readString(out.resolve("soa.csv"))).doesNotContain("risk-procedure");
    }

    @Test
    void a_document_cited_only_from_the_soa_shows_its_control_in_its_header() throws IOException {
        Scenario s = Scenario.small(temp)
                .write("procedures/monitoring.md", "---\ntitle: Monitoring procedure\nowner: ceo\n---\nText.\n")
                .replace("soa.yaml", "evidence: [EV-001]", "evidence: [EV-001, monitoring]");
        Path out = temp.resolve("out");
        new Pipeline().run(Options.builder(s.root(), out, Fixtures.TODAY).pdf(false).build());

        Document doc = Jsoup.parse(out.resolve("documents/monitoring.html").toFile(), "UTF-8");
        assertThat(doc.select("dt:containsOwn(Controls) + dd").text()).isEqualTo("A.6.2.4");
        assertThat(doc.select("dt").eachText()).doesNotContain("Evidence for");
    }
}
