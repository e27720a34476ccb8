package io.github.aimshandbook.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** How document tables are prepared for the page of the PDF, before openhtmltopdf lays them out. */
class PrintTablesTest {

    static String row(int cells, String text) {
        return "<tr>" + ("<td>" + text + "</td>").repeat(cells) + "</tr>";
    }

    @Test
    void a_table_of_eight_columns_or_more_gets_the_page_width_shared_by_its_text() {
        Document print = Jsoup.parse("<div class=\"body\"><table><tr><th>Id</th>" + "<th>Status</th>".repeat(6)
                + "<th>Note</th></tr><tr><td>CTRL-ID-08-00-ABCDEF</td>" + "<td>ok</td>".repeat(6)
                + "<td>The owner reviews the evidence every quarter and records the outcome.</td></tr></table></div>");

        PrintTables.fit(print);

        Element table = print.selectFirst("table");
        assertThat(table.classNames()).containsExactly("wide");
        List<Double> widths = table.select("colgroup > col").stream()
                .map(c -> Double.parseDouble(c.attr("style").replaceAll("[^0-9.]", ""))).toList();
        assertThat(widths).hasSize(8);
        assertThat(widths.stream().mapToDouble(Double::doubleValue).sum()).isBetween(99.5, 100.5);
        assertThat(widths.get(7)).as("the column of sentences").isGreaterThan(widths.get(1) * 2);
        assertThat(widths.get(0)).as("the column of long ids").isGreaterThan(widths.get(1));
    }

    @Test
    void fifteen_columns_are_very_wide_and_spanned_cells_count_as_their_span() {
        Document print = Jsoup.parse("<div class=\"body\"><table><tr><td colspan=\"15\">all</td></tr>"
                + row(15, "x") + "</table></div>");

        PrintTables.fit(print);

        assertThat(PrintTables.columns(print.selectFirst("table"))).isEqualTo(15);
        assertThat(print.selectFirst("table").classNames()).contains("wide", "very-wide");
    }

    @Test
    void narrow_tables_are_left_alone_unless_a_word_could_push_them_past_the_page() {
        Document print = Jsoup.parse("<div class=\"body\"><table id=\"plain\">" + row(3, "yes") + "</table>"
                + "<table id=\"url\">" + row(2, "https://evidence.example.com/quarterly-review/2026/q3/report.pdf")
                + "</table></div><table id=\"template\">" + row(12, "x") + "</table>");

        PrintTables.fit(print);

        assertThat(print.getElementById("plain").classNames()).isEmpty();
        assertThat(print.getElementById("url").classNames()).containsExactly("long-words");
        assertThat(print.getElementById("template").classNames()).as("the print template's own tables").isEmpty();
        assertThat(print.select("colgroup")).isEmpty();
    }

    @Test
    void widths_the_author_gave_are_kept() {
        Document print = Jsoup.parse("<div class=\"body\"><table><colgroup>" + "<col style=\"width: 10%\">".repeat(10)
                + "</colgroup>" + row(10, "x") + "</table></div>");

        PrintTables.fit(print);

        assertThat(print.select("col")).hasSize(10).allMatch(c -> c.attr("style").equals("width: 10%"));
    }
}
