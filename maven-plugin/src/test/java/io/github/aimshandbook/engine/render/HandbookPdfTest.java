package io.github.aimshandbook.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimshandbook.engine.Fixtures;
import io.github.aimshandbook.engine.load.CatalogLoader;
import io.github.aimshandbook.engine.model.Control;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads handbook.pdf back the way an auditor's PDF reader would. */
class HandbookPdfTest {

    @TempDir
    static Path temp;

    static PDDocument pdf;
    static String text;

    @BeforeAll
    static void build() throws IOException {
        Path content = Fixtures.copy("small", temp);
        Fixtures.build(content, temp.resolve("out"));
        pdf = Loader.loadPDF(temp.resolve("out/handbook.pdf").toFile());
        text = new PDFTextStripper().getText(pdf);
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    @Test
    void has_a_cover_a_document_register_contents_and_every_chapter() {
        assertThat(pdf.getNumberOfPages()).isGreaterThan(25);
        assertThat(text).contains("Fixture Analytics GmbH", "Document control", "Contents", "1. Scope and context",
                "5. Statement of Applicability", "7. Traceability matrix", "9. Risk register",
                "12. AI objectives and results", "13. Internal audits", "14. Management reviews",
                "15. Nonconformities and corrective actions", "17. Findings of the checks",
                "Page 3 of " + pdf.getNumberOfPages());
    }

    @Test
    void outlines_every_chapter_and_every_control() {
        List<String> chapters = new ArrayList<>();
        PDOutlineItem controls = null;
        for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
            chapters.add(item.getTitle());
            if (item.getTitle().equals("6. Annex A controls")) {
                controls = item;
            }
        }
        assertThat(chapters).containsExactly("Document control", "Contents", "1. Scope and context",
                "2. Leadership and roles", "3. Policies", "4. Procedures", "5. Statement of Applicability",
                "6. Annex A controls", "7. Traceability matrix", "8. AI systems", "9. Risk register", "10. Records",
                "11. Evidence register", "12. AI objectives and results", "13. Internal audits",
                "14. Management reviews", "15. Nonconformities and corrective actions", "16. Clauses 4 to 10",
                "17. Findings of the checks");
        List<String> controlEntries = new ArrayList<>();
        controls.children().forEach(c -> controlEntries.add(c.getTitle()));
        assertThat(controlEntries).hasSize(38).contains("A.6.2.4 AI system verification and validation");
    }

    @Test
    void holds_every_control_id_and_every_document_title() {
        for (Control c : CatalogLoader.load().controls()) {
            assertThat(text).as(c.id()).contains(c.id() + " " + c.title());
        }
        assertThat(text).contains("AI Policy", "AI Risk Procedure", "Model card, churn model",
                "Impact assessment, churn model", "Management review minutes 2026", "We use AI responsibly.");
    }

    @Test
    void links_references_to_their_place_inside_the_pdf_and_keeps_urls_clickable() throws IOException {
        int internal = 0;
        List<String> uris = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link) {
                    if (link.getDestination() != null || link.getAction() instanceof PDActionGoTo) {
                        internal++;
                    } else if (link.getAction() instanceof PDActionURI uri) {
                        uris.add(uri.getURI());
                    }
                }
            }
        }
        assertThat(internal).isGreaterThan(150);
        assertThat(uris).contains("https://dashboards.example.com/churn").noneMatch(u -> u.startsWith("#"));
    }

    @Test
    void embeds_every_font() throws IOException {
        List<String> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                fonts.add(font.getName());
            }
        }
        assertThat(fonts).anyMatch(f -> f.contains("DejaVuSans"));
    }

    @Test
    void describes_itself_in_its_metadata() {
        PDDocumentInformation info = pdf.getDocumentInformation();

        assertThat(info.getTitle()).isEqualTo("AI Management System Handbook");
        assertThat(info.getAuthor()).isEqualTo("Fixture Analytics GmbH");
        assertThat(info.getSubject()).isEqualTo("ISO/IEC 42001 AI management system of Fixture Analytics GmbH,"
                + " version 1.0");
        assertThat(info.getKeywords()).contains("ISO/IEC 42001", "Internal");
        assertThat(info.getCreationDate().get(java.util.Calendar.YEAR)).isEqualTo(2026);
        assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).as("tagged for screen readers").isNotNull();
    }
}
