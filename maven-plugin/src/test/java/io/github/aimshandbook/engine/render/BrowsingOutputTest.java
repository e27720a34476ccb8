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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a reader browsing the handbook relies on: reading order, sidebar, search index, registers, charts, theme. */
class BrowsingOutputTest {

    @TempDir
    static Path temp;

    static Path site;

    @BeforeAll
    static void build() {
        Path content = Fixtures.copy("small", temp);
        Fixtures.write(content.resolve("aims.yaml"), Fixtures.read(content.resolve("aims.yaml"))
                .replace("classification: Internal", "classification: Internal\nlogo: files/flow.svg\n"
                        + "accentColor: \"#f5c400\""));
        Fixtures.write(content.resolve("policies/ai-policy.md"), Fixtures.read(content.resolve(
                "policies/ai-policy.md")) + "\n## Principles of use\n\nHumans stay in charge.\n");
        site = temp.resolve("out");
        Result result = Fixtures.build(content, site);
        assertThat(result.filesWritten()).isPositive();
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8", site.resolve(path).toUri().toString());
    }

    private static List<String> htmlPages() throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html")).map(p -> site.relativize(p).toString())
                    .filter(p -> !p.equals("404.html")).sorted().toList();
        }
    }

    @Test
    void next_links_walk_every_page_once_from_the_dashboard_and_previous_links_walk_back() throws IOException {
        List<String> walked = new ArrayList<>();
        String at = "index.html";
        while (at != null) {
            assertThat(walked).as("the reading order visits each page once").doesNotContain(at);
            walked.add(at);
            Element next = page(at).selectFirst("nav[aria-label='Previous and next'] a[rel=next]");
            at = next == null ? null : Path.of(at).resolveSibling(next.attr("href")).normalize().toString();
        }
        assertThat(walked).containsExactlyInAnyOrderElementsOf(htmlPages());
        assertThat(walked.subList(0, 4)).containsExactly("index.html", "scope.html", "roles.html",
                "documents/index.html");

        String last = walked.get(walked.size() - 1);
        Element previous = page(last).selectFirst("a[rel=prev]");
        assertThat(Path.of(last).resolveSibling(previous.attr("href")).normalize().toString())
                .isEqualTo(walked.get(walked.size() - 2));
        assertThat(page("index.html").select("a[rel=prev]")).isEmpty();
    }

    @Test
    void breadcrumbs_lead_from_the_dashboard_through_the_register_to_the_page() throws IOException {
        Element crumbs = page("controls/A.6.2.4.html").selectFirst("nav[aria-label=Breadcrumb] ol");
        assertThat(crumbs.select("li").eachText()).containsExactly("Dashboard", "Statement of Applicability",
                "A.6.2.4 AI system verification and validation");
        assertThat(crumbs.select("a").eachAttr("href")).containsExactly("../index.html", "../soa.html");
        assertThat(crumbs.select("li").last().selectFirst("[aria-current=page]")).isNotNull();
    }

    @Test
    void the_sidebar_marks_the_current_page_and_does_not_grow_with_the_number_of_pages() throws IOException {
        for (String path : htmlPages()) {
            Document doc = page(path);
            Element sidebar = doc.selectFirst("nav.sidebar");
            assertThat(sidebar.select("a[aria-current=page]")).as(path).hasSize(1);
            assertThat(Path.of(path).resolveSibling(sidebar.select("a[aria-current=page]").attr("href")).normalize())
                    .as(path).isEqualTo(Path.of(path));
            // the sections and at most the page itself: the full tree comes from one shared script
            assertThat(sidebar.select("a")).as(path).hasSizeLessThanOrEqualTo(PageKinds.ALL.size() + 1);
        }
        String nav = Files.readString(site.resolve("assets/nav.js"));
        for (String path : htmlPages()) {
            assertThat(nav).as("nav.js lists every page").contains("\"" + path + "\"");
        }
    }

    @Test
    void the_search_index_holds_every_entity_with_its_page_and_the_words_of_its_text() throws IOException {
        String script = Files.readString(site.resolve("assets/search-index.js"));
        assertThat(script).startsWith("window.AIMS_SEARCH = [").endsWith("];\n");
        JsonNode entries = new ObjectMapper().readTree(script.substring("window.AIMS_SEARCH = ".length(),
                script.length() - 2));
        Set<String> ids = new HashSet<>();
        for (JsonNode e : entries) {
            ids.add(e.get("id").asText());
            assertThat(site.resolve(e.get("href").asText().replaceAll("#.*", ""))).as(e.get("id").asText())
                    .isRegularFile();
        }
        assertThat(ids).contains("A.6.2.4", "A.10.4", "6.1.2", "ai-policy", "risk-procedure", "churn-model",
                "R-001", "EV-001", "aims-lead");
        JsonNode policy = entry(entries, "ai-policy");
        assertThat(policy.get("kind").asText()).isEqualTo("document");
        assertThat(policy.get("text").asText().split(" ")).contains("responsibly");
        assertThat(entry(entries, "risk-procedure").get("text").asText().split(" "))
                .as("AsciiDoc bodies are indexed too").contains("steps");
        assertThat(script).doesNotContain("<", ">");
    }

    private static JsonNode entry(JsonNode entries, String id) {
        for (JsonNode e : entries) {
            if (e.get("id").asText().equals(id)) {
                return e;
            }
        }
        throw new AssertionError("no search entry for " + id);
    }

    @Test
    void every_page_offers_search_and_loads_only_the_handbooks_own_scripts() throws IOException {
        for (String path : htmlPages()) {
            Document doc = page(path);
            assertThat(doc.select("input#search-input[type=search]")).as(path).hasSize(1);
            assertThat(doc.select("label[for=search-input]").text()).as(path).isNotBlank();
            assertThat(doc.select("script").eachAttr("src")).as(path).allMatch(src -> src.endsWith("assets/nav.js")
                    || src.endsWith("assets/aims.js"));
        }
        assertThat(site.resolve("assets/vendor/minisearch-7.2.0.js")).isRegularFile();
        assertThat(site.resolve("assets/vendor/minisearch-LICENSE.txt")).content().contains("Copyright 2022 Luca Ongaro", "Permission is hereby granted");
    }

    @Test
    void the_risk_register_can_be_filtered_by_status_owner_category_and_system() throws IOException {
        Document doc = page("risks/index.html");
        Element form = doc.selectFirst("form.table-filter[data-table=#risk-table]");
        assertThat(form).isNotNull();
        assertThat(form.select("select").eachAttr("name")).contains("status", "owner", "category", "system");
        Element table = doc.selectFirst("table#risk-table.sortable");
        for (Element row : table.select("tbody tr")) {
            assertThat(form.select("select[name=status] option").eachAttr("value")).contains(row.attr("data-status"));
            for (String system : row.attr("data-systems").split(" ")) {
                assertThat(form.select("select[name=system] option").eachAttr("value")).contains(system);
            }
        }
        assertThat(table.select("tbody tr[data-systems~=churn-model]")).isNotEmpty();
        assertThat(page("soa.html").select("table.soa.sortable tbody tr[data-readiness~=gap]")).isNotEmpty();
        assertThat(page("evidence/index.html").select("table#evidence-table tbody tr[data-overdue]")).isNotEmpty();
    }

    @Test
    void the_dashboard_and_system_pages_draw_charts_with_a_text_alternative() throws IOException {
        Element chart = page("index.html").selectFirst("svg.readiness-chart[role=img]");
        assertThat(chart.selectFirst("title").text()).contains("Annex A area");
        assertThat(chart.selectFirst("desc").text()).contains("A.6 AI system life cycle: documented");
        assertThat(chart.select("rect.documented")).hasSize(9);

        List<Element> heatMaps = page("risks/index.html").select("svg.heat[role=group]");
        assertThat(heatMaps).hasSize(2);
        assertThat(heatMaps.get(0).selectFirst("desc").text()).contains("R-001");
        assertThat(heatMaps.get(0).select("a").eachAttr("href")).contains("../risks/R-001.html");
        assertThat(heatMaps.get(0).select("rect.cell")).hasSize(25);

        Element flow = page("systems/churn-model.html").selectFirst("svg.flow[role=img]");
        assertThat(flow.attr("aria-labelledby")).isEqualTo("flow-title flow-desc");
        assertThat(flow.selectFirst("desc").text()).contains("Data inputs:", "Models:");
        assertThat(flow.select("path.edge")).isNotEmpty();
    }

    @Test
    void a_pale_accent_colour_is_darkened_until_text_on_it_and_in_its_colour_is_readable() throws IOException {
        String theme = Files.readString(site.resolve("assets/theme.css"));
        assertThat(theme).contains("#f5c400");
        String accent = theme.replaceAll("(?s).*?--accent: (#[0-9a-f]{6});.*", "$1");
        assertThat(AccentTheme.contrast(AccentTheme.parse(accent), new int[] {255, 255, 255}))
                .isGreaterThanOrEqualTo(4.5);
        Document doc = page("soa.html");
        assertThat(doc.select("link[rel=stylesheet]").eachAttr("href")).containsExactly("assets/aims.css",
                "assets/theme.css");
        assertThat(doc.selectFirst(".brand img.brand-logo").attr("src")).isEqualTo("files/flow.svg");
        assertThat(site.resolve("files/flow.svg")).isRegularFile();
    }

    @Test
    void headings_of_documents_carry_ids_to_link_to() throws IOException {
        Document doc = page("documents/ai-policy.html");
        assertThat(doc.select("main .prose h2").eachAttr("id")).contains("principles-of-use");
        assertThat(doc.select("main .prose a.anchor")).as("no empty links left in headings").isEmpty();
    }
}
