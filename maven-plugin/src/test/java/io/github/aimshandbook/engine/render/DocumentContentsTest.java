package io.github.aimshandbook.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentContentsTest {

    private static String sections(int n) {
        StringBuilder html = new StringBuilder("<h1 id=\"title\">Guide</h1>");
        for (int i = 1; i <= n; i++) {
            html.append("<h2 id=\"s").append(i).append("\">Section ").append(i).append("</h2><p>Text.</p>");
        }
        return html.toString();
    }

    @Test
    void lists_the_sections_of_a_document_with_many_headings_but_not_its_title() {
        var entries = DocumentContents.of(sections(9));

        assertThat(entries).extracting(DocumentContents.Entry::id).containsExactly("s1", "s2", "s3", "s4", "s5",
                "s6", "s7", "s8", "s9");
    }

    @Test
    void a_short_document_gets_none() {
        assertThat(DocumentContents.of(sections(8))).isEmpty();
    }

    @Test
    void a_long_text_with_a_few_headings_gets_one_and_a_long_text_with_two_does_not() {
        String text = "<p>" + "word ".repeat(5_000) + "</p>";

        assertThat(DocumentContents.of(sections(3) + text)).hasSize(3);
        assertThat(DocumentContents.of(sections(2) + text)).isEmpty();
    }

    @Test
    void an_asciidoc_body_with_its_own_toc_gets_no_second_one() {
        String asciidoc = "<div id=\"toc\" class=\"toc\"><div id=\"toctitle\">Table of Contents</div></div>"
                + sections(10);

        assertThat(DocumentContents.of(asciidoc)).isEmpty();
    }
}
