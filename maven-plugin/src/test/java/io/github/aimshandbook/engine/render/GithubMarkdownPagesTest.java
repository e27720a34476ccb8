package io.github.aimshandbook.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimshandbook.engine.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document shaped like the public template sets teams adopt (a wide checklist table right after a paragraph, rows
 * without pipes, emoji status markers, footnotes, alerts, nested task lists, repeated headings), built into a
 * handbook: the page and the PDF show what GitHub shows.
 */
class GithubMarkdownPagesTest {

    @TempDir
    static Path temp;

    static Document page;
    static String pdfText;

    @BeforeAll
    static void build() throws IOException {
        Path content = Fixtures.copy("small", temp);
        Files.copy(Path.of(GithubMarkdownPagesTest.class.getResource("/fixtures/template-set/procedures/control-checklist.md")
                .getPath()), content.resolve("procedures/control-checklist.md"));
        Fixtures.build(content, temp.resolve("out"));
        page = Jsoup.parse(temp.resolve("out/documents/control-checklist.html").toFile());
        try (PDDocument pdf = Loader.loadPDF(temp.resolve("out/handbook.pdf").toFile())) {
            pdfText = new PDFTextStripper().getText(pdf);
        }
    }

    private static Element body() {
        return page.selectFirst("article.document-body");
    }

    @Test
    void the_table_after_a_paragraph_line_is_a_table_with_every_row_and_cell() {
        assertThat(body().select("p").first().text()).isEqualTo("Use this checklist while the AIMS is set up. Work"
                + " from the top; a row is done when its evidence is filed.");
        Element table = body().selectFirst("table");
        assertThat(table).isNotNull();
        assertThat(table.select("thead th").eachText())
                .containsExactly("#", "Control", "Owner", "Status", "Evidence", "Due", "Notes");
        assertThat(table.select("tbody tr")).hasSize(5);
        assertThat(table.select("tbody tr").get(0).select("td").eachText())
                .containsExactly("1", "A.2.2 AI policy", "CEO", "\u2705", "Signed policy1", "2026-01", "none");
        assertThat(table.select("tbody tr").get(2).select("td").get(6).html())
                .isEqualTo("<code>pytest | tee</code> log");
        assertThat(table.select("tbody tr").get(3).select("td")).hasSize(7);
        assertThat(table.select("tbody tr").get(4).select("td").first().text())
                .isEqualTo("Rows without pipes still belong to the table, as on GitHub");
        assertThat(table.select("tbody tr").get(0).select("td").get(3).className()).isEqualTo("align-center");
        assertThat(table.select("[align]")).as("align is obsolete in HTML5").isEmpty();
        assertThat(body().text()).doesNotContain("|--", ":white_check_mark:", ":x:", ":red_circle:", "[^sign]");
    }

    @Test
    void a_wide_and_long_table_keeps_every_column_and_row_and_scrolls_in_its_own_box() {
        Element raci = body().select("table").get(1);
        assertThat(raci.parent().hasClass("table-wrap")).isTrue();
        assertThat(raci.select("thead th").eachText()).containsExactly("Activity", "CEO", "AIMS lead", "ML lead",
                "Data lead", "Legal", "Security", "HR", "Procurement", "Internal audit", "Works council", "Notes");
        assertThat(raci.select("tbody tr")).hasSize(15);
        for (int row = 0; row < 15; row++) {
            Element tr = raci.select("tbody tr").get(row);
            assertThat(tr.select("td")).hasSize(12);
            assertThat(tr.select("td").last().text()).isEqualTo("row " + (row + 1) + " of 15");
            for (int role = 0; role < 10; role++) {
                assertThat(tr.select("td").get(role + 1).text()).isEqualTo(String.valueOf("RACI".charAt((row + role) % 4)));
            }
        }
    }

    @Test
    void alerts_are_titled_callouts() {
        assertThat(body().select(".markdown-alert").eachAttr("class")).containsExactly(
                "markdown-alert markdown-alert-note", "markdown-alert markdown-alert-warning",
                "markdown-alert markdown-alert-caution");
        assertThat(body().select(".markdown-alert-title").eachText()).containsExactly("Note", "Warning", "Caution");
        assertThat(body().selectFirst(".markdown-alert-note").text())
                .isEqualTo("Note The checklist is a template: it is not evidence until it is filled in.");
        assertThat(body().text()).doesNotContain("[!NOTE]", "[!WARNING]", "[!CAUTION]");
    }

    @Test
    void footnotes_link_both_ways_on_the_page() {
        Element ref = body().selectFirst("sup a.footnote-ref");
        assertThat(ref.attr("href")).isEqualTo("#fn-1");
        assertThat(body().getElementById("fn-1").text()).startsWith("Signed by the CEO on 15 January 2026.");
        assertThat(body().selectFirst("a.footnote-backref").attr("href")).isEqualTo("#fnref-1");
        assertThat(body().getElementById("fnref-1")).isNotNull();
    }

    @Test
    void task_lists_nested_ones_too_keep_disabled_boxes() {
        assertThat(body().select("li.task-list-item")).hasSize(4);
        assertThat(body().select("li.task-list-item > input[type=checkbox][disabled]")).hasSize(4);
        assertThat(body().select("li.task-list-item > input[checked]")).hasSize(1);
        assertThat(body().select("li.task-list-item").last().text()).isEqualTo("Impact assessment template adapted \u26a0");
    }

    @Test
    void repeated_headings_get_githubs_ids_and_links_to_them_stay_on_the_page() {
        assertThat(body().select("h2").eachAttr("id")).containsExactly("before-you-start", "before-you-start-1");
        assertThat(body().select("a[href^=#before]").eachAttr("href"))
                .containsExactly("#before-you-start", "#before-you-start-1");
    }

    @Test
    void strikethrough_and_extended_autolinks_render() {
        assertThat(body().select("del").eachText()).containsExactly("quarterly review");
        assertThat(body().select("a[href=mailto:aims@example.com]").text()).isEqualTo("aims@example.com");
        assertThat(body().select("a[href=http://www.example.com/aims]").text()).isEqualTo("www.example.com/aims");
    }

    @Test
    void the_pdf_holds_the_same_alerts_footnotes_emoji_and_rows() {
        String flat = pdfText.replaceAll("\\s+", " ");
        assertThat(flat).contains("Note The checklist is a template", "Warning Evidence older than twelve months",
                "Caution Never paste personal data", "Signed by the CEO on 15 January 2026.",
                "Rows without pipes still belong to the table", "A.7.4 Data quality", "template only");
        // The shortcodes arrive as characters; whether the PDF's fonts can draw U+2705 is the font fallback's job.
        assertThat(pdfText).contains("adapted \u26a0").doesNotContain(":white_check_mark:", ":warning:", "[!NOTE]",
                "[^sign]");
    }
}
