package io.github.aimshandbook.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimshandbook.engine.Fixtures;
import io.github.aimshandbook.engine.Result;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * A risk register of real size: 300 risks with ids of 20 characters on a 3 x 3 matrix, 44 of them in one cell. The
 * heat map keeps its shape and no id runs into the next cell, on the web and in the PDF.
 */
class RegisterScaleTest {

    @TempDir
    static Path temp;

    /** Kept under target/ so that the pages can be looked at in a browser after the test. */
    static Path site;
    static final List<String> ids = new ArrayList<>();
    static final List<String> crowded = new ArrayList<>();

    @BeforeAll
    static void build() {
        Path content = Fixtures.copy("small", temp);
        Fixtures.write(content.resolve("aims.yaml"), Fixtures.read(content.resolve("aims.yaml"))
                + "riskMatrix:\n  likelihood: 3\n  impact: 3\n  thresholds: { low: 1, medium: 3, high: 6 }\n");
        // the fixture's own risk stays: its text links to it
        StringBuilder risks = new StringBuilder(Fixtures.read(content.resolve("risks.yaml")));
        crowded.add("R-001"); // the fixture's own risk, likelihood 3 x impact 3
        for (int n = 1; n <= 299; n++) {
            // 44 in likelihood 3 x impact 3, two and three in two cells, the others spread over six cells
            int cell = n <= 43 ? 8 : n <= 45 ? 0 : n <= 48 ? 1 : 2 + n % 6;
            String id = String.format("RISK-CREDIT-SCOR-%02d", n % 100) + (char) ('A' + n / 100);
            ids.add(id);
            if (cell == 8) {
                crowded.add(id);
            }
            risks.append("- id: ").append(id).append("\n  title: Risk number ").append(n)
                    .append("\n  category: robustness\n  owner: aims-lead\n  likelihood: ").append(cell / 3 + 1)
                    .append("\n  impact: ").append(cell % 3 + 1).append("\n  treatment: accept\n  status: open\n")
                    .append(n <= 3 ? "  residual: { likelihood: 1, impact: 1 }\n" : "");
        }
        Fixtures.write(content.resolve("risks.yaml"), risks.toString());
        site = Path.of("target", "register-scale");
        Result result = Fixtures.build(content, site);
        assertThat(result.findings()).noneMatch(f -> f.severity().label().equals("error"));
    }

    @Test
    void ids_are_twenty_characters_long() {
        assertThat(ids).as("with the fixture's R-001, 300 risks").hasSize(299).allMatch(id -> id.length() == 20)
                .doesNotHaveDuplicates();
        assertThat(crowded).hasSize(44);
    }

    @Test
    void a_crowded_cell_shows_its_count_and_lists_its_risks_under_the_map() throws IOException {
        Document page = Jsoup.parse(site.resolve("risks/index.html").toFile(), "UTF-8");
        Element map = page.selectFirst("svg.heat");

        assertThat(map.select("text.risk-count").eachText()).contains("44 risks");
        String[] box = map.attr("viewBox").split(" ");
        assertThat(Integer.parseInt(box[3])).as("height of the map: three rows, not 44 ids").isLessThan(300);
        Element link = map.select("a:has(text.risk-count)").stream()
                .filter(a -> a.text().contains("44 risks")).findFirst().orElseThrow();
        Element list = page.getElementById(link.attr("href").substring(1));
        assertThat(list.select("a").eachText()).containsExactlyElementsOf(crowded.stream().sorted().toList());
    }

    @Test
    void no_id_is_wider_than_its_cell_and_each_keeps_its_full_id_in_its_tooltip() throws IOException {
        Document page = Jsoup.parse(site.resolve("risks/index.html").toFile(), "UTF-8");
        Element map = page.selectFirst("svg.heat");
        String[] box = map.attr("viewBox").split(" ");
        double cellWidth = (Double.parseDouble(box[2]) - 46 - 8) / 3;

        for (Element id : map.select("text.risk-id")) {
            // 7.6 px per character of the 11.5 px bold face, measured in Chromium on these ids
            assertThat(id.text().length() * 7.6).as(id.text()).isLessThanOrEqualTo(cellWidth - 6);
            String full = id.parent().selectFirst("title").text().split(" ")[0];
            assertThat(full).as("a generated 20-character id or the fixture's R-001").isIn(
                    java.util.stream.Stream.concat(ids.stream(), java.util.stream.Stream.of("R-001")).toList());
            String[] parts = id.text().split("…", -1);
            assertThat(full).as("shortened in the middle").startsWith(parts[0]).endsWith(parts[parts.length - 1]);
        }
        assertThat(map.select("text.risk-id")).isNotEmpty();
    }

    @Test
    void the_pdf_holds_every_id_whole() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(site.resolve("handbook.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            // the links of the list are drawn after the commas between them; read the page as it is laid out
            stripper.setSortByPosition(true);
            String text = stripper.getText(pdf);
            for (String id : ids) {
                assertThat(text).contains(id);
            }
            assertThat(text.replaceAll("\\s+", " ")).contains("Likelihood 3 × impact 3 (high), 44 risks: "
                    + String.join(", ", crowded.stream().sorted().toList()) + ".");
        }
    }
}
