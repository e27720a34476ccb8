package io.github.aimshandbook.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.aimshandbook.engine.model.Finding;
import io.github.aimshandbook.engine.model.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real pipeline, to HTML and PDF, on content shaped like the public ISO/IEC 42001 template sets that teams
 * adopt ({@code fixtures/template-set}): long and wide tables, a table right after a paragraph, checklists, emoji
 * status markers, footnotes, alerts, cross references in Markdown and AsciiDoc, links with fragments, and draft
 * templates full of blanks. What an auditor reads must be all there, and the readiness must not overstate.
 */
class TemplateSetTest {

    /** Kept under target/ so that the pages and the PDF can be looked at after the build. */
    static final Path SITE = Path.of("target", "template-set");

    static Result result;
    static String pdfText;

    @BeforeAll
    static void build() throws IOException {
        Path content = Path.of("src", "test", "resources", "fixtures", "template-set").toAbsolutePath();
        result = new Pipeline().run(Options.builder(content, SITE, Fixtures.TODAY).build());
        try (PDDocument pdf = Loader.loadPDF(SITE.resolve("handbook.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            pdfText = stripper.getText(pdf);
        }
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(SITE.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void builds_without_errors() {
        List<String> errors = result.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .map(f -> f.format("")).toList();
        assertThat(errors).isEmpty();
    }

    @Test
    void a_soa_that_cites_drafts_and_templates_shows_those_controls_as_gaps() throws IOException {
        JsonNode report = new ObjectMapper().readTree(SITE.resolve("aims-report.json").toFile());

        assertThat(report.at("/readiness/gaps")).extracting(JsonNode::asText)
                .contains("A.4.6", "A.5.5", "A.10.3").doesNotContain("A.2.2", "A.6.2.7");
        assertThat(report.at("/controls/A.4.6/notCounted")).extracting(JsonNode::asText)
                .containsExactly("training-record-template");
        assertThat(report.at("/controls/A.10.3/notCounted")).extracting(JsonNode::asText)
                .containsExactly("supplier-management");
        assertThat(report.at("/controls/A.6.2.7/evidence")).extracting(JsonNode::asText)
                .containsExactly("claims-triage-model-card");
        assertThat(report.at("/controls/A.6.2.7/notCounted")).extracting(JsonNode::asText)
                .containsExactly("model-card-template");
        assertThat(result.findings()).filteredOn(f -> f.code().equals("control-gap")).map(Finding::message)
                .anyMatch(m -> m.startsWith("Control A.5.5 is applicable but has no evidence that counts: only"
                        + " impact-assessment-template (draft) names it"));

        Document control = page("controls/A.4.6.html");
        assertThat(control.select(".not-counted-list").text()).contains("training-record-template");
        assertThat(pdfText).contains("Not counted");
    }

    @Test
    void a_wide_long_table_keeps_every_column_and_row_on_its_page() throws IOException {
        Document doc = page("documents/data-governance.html");
        Element table = doc.select("article table").first();

        assertThat(table.select("thead th")).hasSize(14);
        assertThat(table.select("tbody tr")).hasSize(45);
        assertThat(table.select("tbody tr").last().select("td").first().text()).isEqualTo("DS-045");
        assertThat(table.text()).contains("✅", "❌", "🟢", "🟡", "🔴");
    }

    @Test
    void checklists_become_checkboxes() throws IOException {
        Document policy = page("documents/ai-policy.html");

        assertThat(policy.select("article li input[type=checkbox]")).hasSize(4);
        assertThat(policy.select("article li input[type=checkbox][checked]")).hasSize(2);
    }

    @Test
    void a_long_procedure_gets_a_table_of_contents_with_links_to_its_sections() throws IOException {
        Document doc = page("documents/ai-risk-assessment.html");

        assertThat(doc.select("nav.doc-toc a").eachText()).containsExactly("Purpose", "Scope", "Roles",
                "Risk criteria", "Identifying risks", "Scoring risks", "Treating risks", "Monitoring", "Records",
                "Related documents");
        for (Element a : doc.select("nav.doc-toc a")) {
            assertThat(doc.getElementById(a.attr("href").substring(1))).as(a.text()).isNotNull();
        }
        assertThat(pdfText).contains("Contents of AI Risk Assessment Procedure");
    }

    @Test
    void the_wide_risk_criteria_table_keeps_its_twelve_columns() throws IOException {
        Document doc = page("documents/ai-risk-assessment.html");
        Element criteria = doc.select("article table").first();

        assertThat(criteria.select("thead th")).hasSize(12);
        assertThat(criteria.select("tbody tr")).hasSize(5);
    }

    @Test
    void every_document_is_in_the_pdf() throws IOException {
        try (var files = Files.walk(Path.of("src", "test", "resources", "fixtures", "template-set"))) {
            List<String> titles = files.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".adoc"))
                    .map(p -> Fixtures.read(p).lines().filter(l -> l.startsWith("title: ") || l.startsWith("= "))
                            .findFirst().orElseThrow().replaceFirst("^(title: |= )", ""))
                    .toList();
            assertThat(titles).hasSize(16);
            String flat = pdfText.replaceAll("\\s+", " ");
            for (String title : titles) {
                assertThat(flat).as(title).contains(title);
            }
        }
    }
}
