package io.github.aimshandbook.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimshandbook.engine.Fixtures;
import java.io.IOException;
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
 * A long guide gets a table of contents on its page and in the PDF; a short policy does not. Its clauses and controls
 * are listed as people read them (4.1 before 10.2), whatever order they were written in.
 */
class LongDocumentTest {

    @TempDir
    static Path temp;

    static Path site;

    @BeforeAll
    static void build() {
        Path content = Fixtures.copy("small", temp);
        StringBuilder guide = new StringBuilder("---\ntitle: Operations guide\nowner: aims-lead\n"
                + "clauses: [10.2, 9.1, 4.1]\ncontrols: [A.10.3, A.2.3]\n---\n"
                + "# Operations guide\n\nHow we run the AIMS day to day.\n");
        for (int chapter = 1; chapter <= 6; chapter++) {
            guide.append("\n## Chapter ").append(chapter).append(": stage ").append(chapter).append("\n\n")
                    .append("What happens at this stage.\n");
            guide.append("\n### Checks of stage ").append(chapter).append("\n\nWho checks what.\n");
        }
        Fixtures.write(content.resolve("procedures/operations-guide.md"), guide.toString());
        site = temp.resolve("out");
        Fixtures.build(content, site);
    }

    @Test
    void a_long_document_lists_its_sections_with_links_to_their_headings() throws IOException {
        Document page = Jsoup.parse(site.resolve("documents/operations-guide.html").toFile(), "UTF-8");
        Element toc = page.selectFirst("nav.doc-toc");

        assertThat(toc).isNotNull();
        assertThat(toc.select("> ol > li > a").eachText()).containsExactly("Chapter 1: stage 1",
                "Chapter 2: stage 2", "Chapter 3: stage 3", "Chapter 4: stage 4", "Chapter 5: stage 5",
                "Chapter 6: stage 6");
        assertThat(toc.select("ol ol a").eachText()).hasSize(6).first().isEqualTo("Checks of stage 1");
        for (Element a : toc.select("a")) {
            String id = a.attr("href").substring(1);
            assertThat(page.select("article [id]").eachAttr("id")).as(a.text()).contains(id);
            assertThat(page.getElementById(id).text()).isEqualTo(a.text());
        }
        assertThat(toc.text()).as("the title heading is not an entry").doesNotContain("Operations guide");
    }

    @Test
    void a_short_document_has_no_table_of_contents() throws IOException {
        Document page = Jsoup.parse(site.resolve("documents/ai-policy.html").toFile(), "UTF-8");

        assertThat(page.select("nav.doc-toc")).isEmpty();
    }

    @Test
    void the_pdf_has_the_contents_of_the_long_document_with_page_numbers() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(site.resolve("handbook.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");

            assertThat(text).contains("Contents of Operations guide");
            assertThat(text).containsPattern("Chapter 1: stage 1 \\.+ ?\\d+");
            assertThat(text).containsPattern("Checks of stage 6 \\.+ ?\\d+");
        }
    }

    @Test
    void clauses_and_controls_are_listed_in_numeric_order_on_the_web_and_in_the_pdf() throws IOException {
        Document page = Jsoup.parse(site.resolve("documents/operations-guide.html").toFile(), "UTF-8");
        assertThat(page.select("dt:containsOwn(Clauses) + dd").text()).isEqualTo("4.1, 9.1, 10.2");
        assertThat(page.select("dt:containsOwn(Controls) + dd").text()).isEqualTo("A.2.3, A.10.3");

        Document register = Jsoup.parse(site.resolve("documents/index.html").toFile(), "UTF-8");
        assertThat(register.select("select[name=control] option").eachAttr("value"))
                .containsExactly("", "A.2.2", "A.2.3", "A.2.4", "A.5.2", "A.5.3", "A.6.1.2", "A.6.2.7", "A.10.3");

        try (PDDocument pdf = Loader.loadPDF(site.resolve("handbook.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Controls A.2.3, A.10.3").contains("Clauses 4.1, 9.1, 10.2");
        }
    }
}
