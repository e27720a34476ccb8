package io.github.aimshandbook.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.aimshandbook.engine.Fixtures;
import io.github.aimshandbook.engine.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandbookOutputTest {

    @TempDir
    static Path temp;

    static Path site;
    static Result result;

    @BeforeAll
    static void build() {
        Path content = Fixtures.copy("small", temp);
        site = temp.resolve("out");
        result = Fixtures.build(content, site);
    }

    @Test
    void writes_every_page_of_the_output_layout() {
        assertThat(result.filesWritten()).isGreaterThan(50);
        for (String page : List.of("index.html", "scope.html", "soa.html", "controls/A.6.2.4.html",
                "controls/A.10.4.html", "clauses.html", "traceability.html", "systems/index.html",
                "systems/churn-model.html", "risks/index.html", "risks/R-001.html", "documents/index.html",
                "documents/ai-policy.html", "documents/risk-procedure.html", "evidence/index.html",
                "evidence/EV-001.html", "roles.html", "files/validation.txt", "files/flow.svg", "aims-report.json",
                "soa.csv", "assets/aims.css", "404.html", ".nojekyll")) {
            assertThat(site.resolve(page)).as(page).isRegularFile();
        }
        try (Stream<Path> controls = Files.list(site.resolve("controls"))) {
            assertThat(controls.count()).isEqualTo(38);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void every_relative_link_and_image_leads_to_a_file() {
        assertThat(SiteLinks.broken(site)).isEmpty();
    }

    @Test
    void every_page_shows_organization_version_classification_and_all_sections() throws IOException {
        for (String page : List.of("index.html", "controls/A.2.2.html", "documents/risk-procedure.html")) {
            Document doc = Jsoup.parse(site.resolve(page).toFile(), "UTF-8");
            assertThat(doc.select(".brand-org").text()).isEqualTo("Fixture Analytics GmbH");
            assertThat(doc.select(".topbar-meta").text()).isEqualTo("Version 1.0 Internal");
            assertThat(doc.select("nav.sidebar .nav-section > a")).extracting(a -> a.text()).containsExactly("Dashboard",
                    "Scope and context", "Roles", "Documents", "Statement of Applicability", "Clauses 4–10",
                    "Traceability", "AI systems", "Risks", "Evidence", "Objectives", "Internal audits",
                    "Management reviews", "Nonconformities");
        }
    }

    @Test
    void links_back_to_no_other_site_when_the_handbook_stands_alone() throws IOException {
        Document index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");

        assertThat(index.select(".back-link")).isEmpty();
    }

    @Test
    void serves_a_not_found_page_that_needs_no_other_file_and_leads_to_the_start_page() throws IOException {
        Document notFound = Jsoup.parse(site.resolve("404.html").toFile(), "UTF-8");

        assertThat(notFound.title()).isEqualTo("Page not found · AI Management System Handbook · Fixture Analytics"
                + " GmbH");
        assertThat(notFound.select("h1").text()).isEqualTo("Page not found");
        assertThat(notFound.select(".topbar-meta").text()).as("classified like every other page")
                .isEqualTo("Version 1.0 Internal");
        assertThat(notFound.select("footer").text()).contains("Internal");
        assertThat(notFound.select("main p.lead").text()).isEqualTo("The AI Management System Handbook of Fixture"
                + " Analytics GmbH has no page at this address.");
        assertThat(notFound.select("link[rel=stylesheet], img, script")).as("nothing loaded by address, no script")
                .isEmpty();
        String css = notFound.select("style").first().data();
        assertThat(css).isEqualTo(Files.readString(site.resolve("assets/aims.css"))
                + Files.readString(site.resolve("assets/theme.css")));
        assertThat(notFound.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .contains("style-src 'self' 'sha256-" + Renderer.sha256(css) + "';");
        assertThat(notFound.select("a[href]")).extracting(a -> a.attr("href")).containsOnly("index.html");
        assertThat(notFound.select("main a").text()).isEqualTo("Go to the start page of the handbook");
        assertThat(Files.size(site.resolve(".nojekyll"))).isZero();
    }

    @Test
    void links_references_with_the_target_title_or_the_given_text() throws IOException {
        Document policy = Jsoup.parse(site.resolve("documents/ai-policy.html").toFile(), "UTF-8");

        assertThat(policy.select("article a[href='../roles.html#role-aims-lead']").text()).isEqualTo("AIMS Lead");
        assertThat(policy.select("article a[href='../risks/R-001.html']").text()).isEqualTo("the drift risk");
        assertThat(policy.select("article a[href='../documents/risk-procedure.html']").text()).isEqualTo("risk procedure");
        assertThat(policy.select("article img").attr("src")).isEqualTo("../files/flow.svg");
        assertThat(policy.select("article h1")).as("the title is not repeated in the body").isEmpty();
    }

    @Test
    void renders_asciidoc_with_its_references() throws IOException {
        Document procedure = Jsoup.parse(site.resolve("documents/risk-procedure.html").toFile(), "UTF-8");

        assertThat(procedure.select("h1").text()).isEqualTo("AI Risk Procedure");
        assertThat(procedure.select("article a[href='../systems/churn-model.html']").text())
                .isEqualTo("Customer churn model");
        assertThat(procedure.select("article a[href='../risks/R-001.html']").text()).isEqualTo("the drift risk");
        assertThat(procedure.select("article img").attr("src")).isEqualTo("../files/flow.svg");
    }

    @Test
    void reports_each_control_with_its_evidence_systems_and_risks() throws IOException {
        JsonNode report = new ObjectMapper().readTree(site.resolve("aims-report.json").toFile());

        assertThat(report.at("/handbook/organization").asText()).isEqualTo("Fixture Analytics GmbH");
        assertThat(report.at("/handbook/version").asText()).isEqualTo("1.0");
        assertThat(report.get("controls").size()).isEqualTo(38);
        assertThat(texts(report.at("/controls/A.2.4/evidence"))).containsExactly("ai-policy",
                "management-review-2026");
        assertThat(texts(report.at("/controls/A.6.2.8/evidence"))).containsExactly("EV-002");
        assertThat(texts(report.at("/controls/A.6.2.6/systems"))).containsExactly("churn-model");
        assertThat(texts(report.at("/controls/A.6.2.6/risks"))).containsExactly("R-001");
        assertThat(report.at("/controls/A.6.2.4/status").asText()).isEqualTo("partial");
        assertThat(report.at("/controls/A.10.4/applicable").asBoolean()).isFalse();
        assertThat(report.at("/readiness/applicable").asInt()).isEqualTo(37);
        assertThat(report.at("/readiness/withEvidence").asInt()).isEqualTo(8);
        assertThat(texts(report.at("/readiness/gaps"))).hasSize(29).contains("A.6.2.6");
        JsonNode gap = null;
        for (JsonNode f : report.get("findings")) {
            if (f.get("code").asText().equals("control-gap") && gap == null) {
                gap = f;
            }
        }
        assertThat(gap.get("file").asText()).isEqualTo("soa.yaml");
        assertThat(gap.get("line").asInt()).isEqualTo(12);
        assertThat(gap.get("severity").asText()).isEqualTo("warning");
    }

    @Test
    void exports_the_soa_as_csv() throws IOException {
        List<String> lines = Files.readAllLines(site.resolve("soa.csv"));

        assertThat(lines).hasSize(39);
        assertThat(lines.get(0)).isEqualTo("\uFEFFControl,Title,Area,Applicable,Status,Owner,Inherited from,"
                + "Justification,Evidence,Systems,Risks,Documented,Evidenced,Current,Last audited,Open nonconformities");
        assertThat(lines).contains("A.10.4,Customers,A.10,no,,,,We offer no AI system to customers.,,,,no,no,no,,");
    }

    @Test
    void gives_byte_identical_output_for_the_same_content() throws IOException {
        Path second = temp.resolve("second");
        Fixtures.build(temp.resolve("small"), second);

        assertThat(listing(second)).isEqualTo(listing(site));
        for (String file : listing(site)) {
            assertThat(Files.readAllBytes(second.resolve(file))).as(file).isEqualTo(
                    Files.readAllBytes(site.resolve(file)));
        }
    }

    @Test
    void quotes_csv_cells_and_defuses_formulas() {
        assertThat(SoaCsv.cell("a, b")).isEqualTo("\"a, b\"");
        assertThat(SoaCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(SoaCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asText()));
        return values;
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void publishes_no_script_that_content_smuggles_in() throws IOException {
        Path content = Fixtures.copy("small", temp.resolve("hostile"));
        Fixtures.write(content.resolve("policies/ai-policy.md"), Fixtures.read(content.resolve(
                "policies/ai-policy.md")).replace("We use AI responsibly.", "We use AI <img src=x onerror=alert(1)>"
                + " [click](javascript:alert(2)).\n\n<script>alert(3)</script>"));
        Path out = temp.resolve("hostile-out");
        Fixtures.build(content, out);

        String page = Files.readString(out.resolve("documents/ai-policy.html"));
        assertThat(page).doesNotContain("onerror", "javascript:", "<script>alert");
        assertThat(page).contains("We use AI");
    }

    @Test
    void includes_asciidoc_partials_from_the_content_and_nothing_else() throws IOException {
        Path content = Fixtures.copy("small", temp.resolve("includes"));
        Fixtures.write(content.resolve("files/partials/escalation.adoc"), "Escalate to the ref:aims-lead[] at once.");
        Fixtures.write(temp.resolve("includes/secret.txt"), "TOP SECRET");
        Fixtures.write(content.resolve("procedures/risk-procedure.adoc"), Fixtures.read(content.resolve(
                "procedures/risk-procedure.adoc")).replace("== Steps", "include::../files/partials/escalation.adoc[]"
                + "\n\n== Steps"));
        Path out = temp.resolve("includes-out");
        Result built = Fixtures.build(content, out);

        assertThat(built.filesWritten()).isPositive();
        String page = Files.readString(out.resolve("documents/risk-procedure.html"));
        assertThat(page).contains("Escalate to the <a href=\"../roles.html#role-aims-lead\"");
        assertThat(page).doesNotContain("TOP SECRET");
    }

    @Test
    void every_page_forbids_foreign_script_and_makes_no_external_request() throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path page : walk.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document doc = Jsoup.parse(page.toFile(), "UTF-8");
                String where = site.relativize(page).toString();
                assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content")).as(where)
                        .contains("default-src 'none'", "script-src 'self'", "style-src 'self'");
                assertThat(doc.select("[style]")).as(where + ": inline styles, which the policy blocks").isEmpty();
                assertThat(doc.select("script:not([src])")).as(where + ": inline script").isEmpty();
                assertThat(doc.select("link[href~=^(https?:)?//], script[src~=^(https?:)?//], img[src~=^(https?:)?//]"))
                        .as(where + ": requests to other sites").isEmpty();
                assertThat(doc.select("a[href~=^https?:]")).as(where).allMatch(a -> a.attr("rel")
                        .equals("noopener noreferrer"));
            }
        }
    }
}
