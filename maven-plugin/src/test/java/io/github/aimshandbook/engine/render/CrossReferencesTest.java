package io.github.aimshandbook.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimshandbook.engine.Scenario;
import io.github.aimshandbook.engine.link.Handbook;
import io.github.aimshandbook.engine.model.Document;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every cross reference form Asciidoctor documents, inside one document and to others (AsciiDoc and Markdown), on the
 * web page and in the print document, with the section ids Asciidoctor generates and explicit anchors.
 */
class CrossReferencesTest {

    @TempDir
    static Path temp;

    private static Scenario scenario;
    private static AsciidocRenderer asciidoc;
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    private static final String XREFS = """
            = Cross references
            :id: xrefs
            :owner: aims-lead

            == Risk Appetite & Criteria

            [[explicit]]
            == Explicit section

            [#hashed]
            Paragraph with an anchor:inline[] anchor and [[inline2]]another.

            == Links

            * internal <<_risk_appetite_criteria>>
            * internal text <<_risk_appetite_criteria,the criteria>>
            * macro xref:explicit[]
            * macro text xref:hashed[the paragraph]
            * other section xref:target.adoc#_scoring[scoring, in full]
            * other document xref:target.adoc[]
            * other shorthand <<target.adoc#_scoring,scoring>>
            * other without extension <<target#anchor-in-target>>
            * markdown document <<../policies/ai-policy.md#purpose,the purpose>>
            * a reference ref:R-001[] and a word that ends in ref:R-001[the drift risk]
            """;

    private static final String TARGET = """
            = Target procedure
            :id: target
            :owner: aims-lead

            == Scoring

            [[anchor-in-target]]
            Text.
            """;

    @BeforeAll
    static void build() {
        scenario = Scenario.small(temp).write("procedures/xrefs.adoc", XREFS)
                .write("procedures/target.adoc", TARGET)
                .replace("policies/ai-policy.md", "![Flow]", "## Purpose\n\nWhy we have this policy.\n\n![Flow]").run();
        asciidoc = new AsciidocRenderer(scenario.root());
    }

    @AfterAll
    static void stop() {
        asciidoc.close();
    }

    private static org.jsoup.nodes.Document web() {
        Handbook handbook = scenario.handbook();
        return Jsoup.parseBodyFragment(asciidoc.toHtml(document("xrefs").body(),
                LinkTargets.web(handbook, "procedures/xrefs.adoc", "documents/xrefs.html")));
    }

    private static org.jsoup.nodes.Document print() {
        Handbook handbook = scenario.handbook();
        return Jsoup.parseBodyFragment(asciidoc.toHtml(document("xrefs").body(),
                LinkTargets.print(handbook, "procedures/xrefs.adoc", LinkTargets.printPrefixOf("xrefs"))));
    }

    private static Document document(String id) {
        return scenario.content().documents().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> links(org.jsoup.nodes.Document html) {
        return html.select("li a").stream().map(a -> a.attr("href") + " " + a.text()).toList();
    }

    @Test
    void the_check_finds_nothing_wrong_with_any_xref_form() {
        assertThat(scenario.errorsAndWarnings()).isEmpty();
    }

    @Test
    void sections_have_the_ids_asciidoctor_generates_and_anchors_keep_theirs() {
        org.jsoup.nodes.Document html = web();

        assertThat(html.select("h2").eachAttr("id"))
                .containsExactly("_risk_appetite_criteria", "explicit", "_links");
        assertThat(html.select("#hashed")).hasSize(1);
        assertThat(html.select("a#inline, a#inline2")).hasSize(2);
        assertThat(document("xrefs").ids().ids()).containsExactlyInAnyOrder("_risk_appetite_criteria", "explicit",
                "hashed", "inline", "inline2", "_links");
    }

    @Test
    void every_form_leads_to_the_section_or_page_on_the_web() {
        assertThat(links(web())).containsExactly(
                "#_risk_appetite_criteria Risk Appetite & Criteria",
                "#_risk_appetite_criteria the criteria",
                "#explicit Explicit section",
                "#hashed the paragraph",
                "../documents/target.html#_scoring scoring, in full",
                "../documents/target.html Target procedure",
                "../documents/target.html#_scoring scoring",
                "../documents/target.html#anchor-in-target Target procedure",
                "../documents/ai-policy.html#purpose the purpose",
                "../risks/R-001.html Model drift goes unnoticed",
                "../risks/R-001.html the drift risk");
    }

    @Test
    void every_form_leads_to_the_anchor_inside_the_print_document() {
        org.jsoup.nodes.Document html = print();

        assertThat(links(html)).containsExactly(
                "#documents-xrefs--_risk_appetite_criteria Risk Appetite & Criteria",
                "#documents-xrefs--_risk_appetite_criteria the criteria",
                "#documents-xrefs--explicit Explicit section",
                "#documents-xrefs--hashed the paragraph",
                "#documents-target--_scoring scoring, in full",
                "#documents-target Target procedure",
                "#documents-target--_scoring scoring",
                "#documents-target--anchor-in-target Target procedure",
                "#documents-ai-policy--purpose the purpose",
                "#risks-R-001 Model drift goes unnoticed",
                "#risks-R-001 the drift risk");
        assertThat(html.select("h2").eachAttr("id")).containsExactly("documents-xrefs--_risk_appetite_criteria",
                "documents-xrefs--explicit", "documents-xrefs--_links");
        assertThat(html.select("#documents-xrefs--hashed")).hasSize(1);
        assertThat(html.select("a#documents-xrefs--inline, a#documents-xrefs--inline2")).hasSize(2);
    }

    @Test
    void no_stray_text_or_unresolved_marks_are_left_by_the_xref_macro() {
        org.jsoup.nodes.Document html = web();

        assertThat(html.select(".broken-ref, .broken-link")).isEmpty();
        assertThat(html.select("li").eachText()).noneMatch(t -> t.contains(" x") || t.contains("xref"));
    }

    @Test
    void markdown_links_to_asciidoc_sections_and_own_headings_get_final_addresses_on_the_web_and_in_print() {
        String markdown = "See [scoring](../procedures/target.adoc#_scoring), [purpose](#purpose) and [[R-001]].\n";
        Handbook handbook = scenario.handbook();

        Element web = Jsoup.parseBodyFragment(MARKDOWN.toHtml(markdown,
                LinkTargets.web(handbook, "policies/ai-policy.md", "documents/ai-policy.html"))).body();
        Element print = Jsoup.parseBodyFragment(MARKDOWN.toHtml(markdown,
                LinkTargets.print(handbook, "policies/ai-policy.md", LinkTargets.printPrefixOf("ai-policy")))).body();

        assertThat(web.select("a").eachAttr("href")).containsExactly("../documents/target.html#_scoring", "#purpose",
                "../risks/R-001.html");
        assertThat(print.select("a").eachAttr("href")).containsExactly("#documents-target--_scoring",
                "#documents-ai-policy--purpose", "#risks-R-001");
        assertThat(web.select("a.ref.ref-risk").text()).isEqualTo("Model drift goes unnoticed");
    }

    @Test
    void relative_images_and_links_in_raw_html_lead_to_the_handbook_files_on_the_web_and_in_print() {
        String markdown = "<img src=\"../files/flow.svg\" width=\"300\">\n\nSee <a href='../procedures/target.adoc'>the"
                + " target</a> and <a href=\"https://example.com/x\">the web</a>.\n";
        Handbook handbook = scenario.handbook();

        Element web = Jsoup.parseBodyFragment(MARKDOWN.toHtml(markdown,
                LinkTargets.web(handbook, "policies/ai-policy.md", "documents/ai-policy.html"))).body();
        Element print = Jsoup.parseBodyFragment(MARKDOWN.toHtml(markdown,
                LinkTargets.print(handbook, "policies/ai-policy.md", LinkTargets.printPrefixOf("ai-policy")))).body();

        assertThat(web.select("img").attr("src")).isEqualTo("../files/flow.svg");
        assertThat(web.select("a").eachAttr("href")).containsExactly("../documents/target.html",
                "https://example.com/x");
        assertThat(print.select("img").attr("src")).isEqualTo("files/flow.svg");
        assertThat(print.select("a").eachAttr("href")).containsExactly("#documents-target", "https://example.com/x");
    }

    @Test
    void every_fragment_link_of_a_markdown_body_finds_its_id_in_print() {
        String markdown = "## Scope\n\nReviewed yearly.[^1] See [scope](#scope).\n\n[^1]: Clause 9.3.\n";
        Element print = Jsoup.parseBodyFragment(MARKDOWN.toHtml(markdown, LinkTargets.print(scenario.handbook(),
                "policies/ai-policy.md", LinkTargets.printPrefixOf("ai-policy")))).body();

        List<String> fragments = print.select("a[href^=#]").eachAttr("href");
        assertThat(fragments).hasSizeGreaterThanOrEqualTo(3)
                .allMatch(href -> href.startsWith("#documents-ai-policy--"))
                .allMatch(href -> !print.select("[id=" + href.substring(1) + "]").isEmpty());
    }

    @Test
    void a_link_to_the_title_heading_of_a_markdown_document_leads_to_the_top_of_its_body() {
        Document policy = document("ai-policy");
        Handbook handbook = scenario.handbook();

        String web = MARKDOWN.documentBody(policy.markdownTree(),
                LinkTargets.web(handbook, policy.path(), "documents/ai-policy.html"));
        String print = MARKDOWN.documentBody(policy.markdownTree(),
                LinkTargets.print(handbook, policy.path(), LinkTargets.printPrefixOf("ai-policy")));

        assertThat(policy.ids().ids()).contains("ai-policy");
        assertThat(Jsoup.parseBodyFragment(web).select("h1")).isEmpty();
        assertThat(Jsoup.parseBodyFragment(web).select("#ai-policy")).hasSize(1);
        assertThat(Jsoup.parseBodyFragment(print).select("#documents-ai-policy--ai-policy")).hasSize(1);
    }
}
