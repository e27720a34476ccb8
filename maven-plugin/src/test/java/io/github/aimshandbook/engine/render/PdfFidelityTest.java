package io.github.aimshandbook.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimshandbook.engine.Fixtures;
import io.github.aimshandbook.engine.Result;
import io.github.aimshandbook.engine.model.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * handbook.pdf holds everything the web handbook holds: read back with PDFBox, it has every cell of every document
 * table and every word of every document, on the example handbook and on a fixture of tables of 8 to 15 columns,
 * long cells, 20-character ids and the symbols teams use as status markers.
 */
class PdfFidelityTest {

    static final Path SITE_EXAMPLE = Path.of("..", "site-example", "src", "aims").toAbsolutePath().normalize();
    /** The one character of the fixture that no shipped font has: it must be reported, and is all that is lost. */
    static final String NO_GLYPH = "\uD80C\uDC80";

    @TempDir
    static Path temp;

    static final Map<String, Path> OUTPUT = new LinkedHashMap<>();
    static final Map<String, String> TEXT = new LinkedHashMap<>();
    /** The PDF's text twice, compacted: in the order it is drawn, and in reading order by position on the page. */
    static final Map<String, List<String>> COMPACT = new LinkedHashMap<>();
    static Result wide;

    @BeforeAll
    static void build() throws IOException {
        wide = Fixtures.build(Fixtures.copy("wide-tables", temp), temp.resolve("wide"));
        Fixtures.build(SITE_EXAMPLE, temp.resolve("site-example"));
        // content shaped like the public template kits teams adopt (see TemplateSetTest)
        Fixtures.build(Fixtures.copy("template-set", temp.resolve("content")), temp.resolve("template-set"));
        for (String name : List.of("wide", "site-example", "template-set")) {
            OUTPUT.put(name, temp.resolve(name));
            try (PDDocument pdf = Loader.loadPDF(temp.resolve(name).resolve("handbook.pdf").toFile())) {
                TEXT.put(name, new PDFTextStripper().getText(pdf));
                PDFTextStripper byPosition = new PDFTextStripper();
                byPosition.setSortByPosition(true);
                COMPACT.put(name, List.of(compact(TEXT.get(name)), compact(byPosition.getText(pdf))));
            }
        }
    }

    @AfterAll
    static void forget() {
        OUTPUT.clear();
        TEXT.clear();
        COMPACT.clear();
    }

    /**
     * Whether the PDF has the text. A wrapped table cell reads as one run only in drawing order (by position, its
     * lines interleave with the next cells'); a word wrapped inside a code span only by position.
     */
    static boolean inPdf(String name, String text) {
        String wanted = compact(text);
        if (COMPACT.get(name).stream().anyMatch(pdf -> pdf.contains(wanted))) {
            return true;
        }
        // a word that wraps at its hyphen, in a cell whose other runs are drawn between its two lines
        return text.contains("-") && !text.contains(" ")
                && java.util.Arrays.stream(text.split("-")).filter(p -> !compact(p).isEmpty())
                        .allMatch(p -> COMPACT.get(name).stream().anyMatch(pdf -> pdf.contains(compact(p))));
    }

    @Test
    void every_cell_of_every_document_table_is_in_the_pdf() throws IOException {
        int cells = 0;
        for (String name : OUTPUT.keySet()) {
            List<String> missing = new ArrayList<>();
            for (Element body : documentBodies(OUTPUT.get(name))) {
                for (Element cell : body.select("td, th")) {
                    cells++;
                    // a cell of plain text is one run of the PDF, however it wraps; a cell with links or code is
                    // drawn run by run, so each run's words must be there
                    boolean plain = cell.childrenSize() == 0;
                    List<String> parts = plain ? List.of(cell.text()) : words(cell);
                    for (String part : parts) {
                        String text = compact(part);
                        if (!text.isEmpty() && !text.contains(NO_GLYPH) && !inPdf(name, part)) {
                            missing.add(part + " (in: " + cell.text() + ")");
                        }
                    }
                }
            }
            assertThat(missing).as("table cells of %s missing from its PDF", name).isEmpty();
        }
        assertThat(cells).as("the fixtures have tables").isGreaterThan(400);
    }

    @Test
    void every_word_of_every_document_is_in_the_pdf() throws IOException {
        for (String name : OUTPUT.keySet()) {
            List<String> missing = new ArrayList<>();
            int words = 0;
            for (Element body : documentBodies(OUTPUT.get(name))) {
                for (String word : words(body)) {
                    words++;
                    if (!word.isEmpty() && !word.contains(NO_GLYPH) && !inPdf(name, word)) {
                        missing.add(word);
                    }
                }
            }
            assertThat(missing).as("words of %s missing from its PDF", name).isEmpty();
            assertThat(words).as(name).isGreaterThan(500);
        }
    }

    @Test
    void the_last_column_of_a_fifteen_column_table_is_on_the_page() {
        for (String text : List.of("Column 15 heading", "Column 13 heading", "Column 11 heading", "CTRL-ID-15-03-ABCDEF",
                "SUPPLIER-ASSESS-0003", "Adoc heading 14", "Contract clause 3 ✅ reviewed by the supplier manager",
                "bias-evaluation-report-final-v2.pdf", "SuperCalifragilisticExpialidociousEvidenceIdentifier")) {
            assertThat(inPdf("wide", text)).as(text).isTrue();
        }
    }

    /**
     * openhtmltopdf does not draw a cell that starts past the page edge at all, so a clipped register loses its last
     * columns without a trace in the text; its header row, drawn left to right, shows it.
     */
    @Test
    void every_register_keeps_its_last_column() {
        for (String name : OUTPUT.keySet()) {
            for (String header : List.of(
                    "Document Type Owner Version Status Approved Last review Next review",
                    "Control Applicable Status Owner Justification Evidence",
                    "Control Applicable Documents Records and evidence AI systems Risks Doc. Evid. Curr.",
                    "System Our role Lifecycle In scope Risk class Owner Next review",
                    "Record Kind Date Owner Controls Where Valid",
                    "Clause What it is about Documented information Answered by")) {
                assertThat(inPdf(name, header)).as(name + ": " + header).isTrue();
            }
        }
    }

    /** A table a little too wide runs into the right margin before openhtmltopdf leaves cells out. */
    @Test
    void no_text_runs_past_the_right_margin_where_the_page_would_cut_it_off() throws IOException {
        for (String name : OUTPUT.keySet()) {
            List<String> outside = new ArrayList<>();
            try (PDDocument doc = Loader.loadPDF(OUTPUT.get(name).resolve("handbook.pdf").toFile())) {
                PDFTextStripper margins = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> glyphs) {
                        // print.css: A4 with 18 mm side margins; a glyph right of the margin is past the text area
                        float right = getCurrentPage().getMediaBox().getWidth() - 18 / 25.4f * 72 + 1;
                        for (var glyph : glyphs) {
                            if (glyph.getXDirAdj() + glyph.getWidthDirAdj() > right && outside.size() < 20) {
                                outside.add("page " + getCurrentPageNo() + ": " + text);
                                break;
                            }
                        }
                    }
                };
                margins.getText(doc);
            }
            assertThat(outside).as(name).isEmpty();
        }
    }

    @Test
    void status_markers_print_as_themselves_in_the_fallback_font() throws IOException {
        String pdf = TEXT.get("wide");
        for (String marker : List.of("✅", "❌", "✔", "✖", "⚠", "🟢", "🟡", "🔴", "⭐", "☐", "☑", "→")) {
            assertThat(pdf).as(marker).contains(marker);
        }
        // the task list: done and open tasks keep their state
        assertThat(inPdf("wide", "☐ an open task")).isTrue();
        assertThat(inPdf("wide", "☑ a closed task")).isTrue();
        List<String> fonts = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(OUTPUT.get("wide").resolve("handbook.pdf").toFile())) {
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name).getName());
                }
            }
        }
        assertThat(fonts).anyMatch(f -> f.endsWith("NotoEmoji-Regular"));
    }

    @Test
    void a_character_no_font_has_is_a_warning_at_its_line_and_column() {
        List<Finding> unprintable = wide.findings().stream()
                .filter(f -> f.code().equals(PrintableCharacters.CODE)).toList();

        assertThat(unprintable).hasSize(1);
        assertThat(unprintable.get(0).location().toString()).isEqualTo("procedures/status-markers.md:28:17");
        assertThat(unprintable.get(0).message()).contains("U+13080", "EGYPTIAN HIEROGLYPH D010", "'#'");
        assertThat(unprintable.get(0).severity().label()).isEqualToIgnoringCase("warning");
    }

    @Test
    void other_documents_have_their_own_chapter_as_on_the_web() throws IOException {
        Map<String, List<String>> chapters = new LinkedHashMap<>();
        try (PDDocument doc = Loader.loadPDF(OUTPUT.get("wide").resolve("handbook.pdf").toFile())) {
            for (PDOutlineItem chapter : doc.getDocumentCatalog().getDocumentOutline().children()) {
                List<String> entries = new ArrayList<>();
                chapter.children().forEach(e -> entries.add(e.getTitle()));
                chapters.put(chapter.getTitle(), entries);
            }
        }
        assertThat(chapters.get("11. Other documents")).containsExactly("Status markers guide");
        assertThat(chapters.get("4. Procedures")).contains("Control status tracker")
                .doesNotContain("Status markers guide");
        assertThat(chapters).containsKeys("12. Evidence register", "13. AI objectives and results",
                "14. Internal audits", "15. Management reviews", "16. Nonconformities and corrective actions",
                "17. Clauses 4 to 10", "18. Findings of the checks");
        assertThat(TEXT.get("wide")).contains("11. Other documents", "18. Findings of the checks");
    }

    @Test
    void qpdf_finds_no_fault_in_the_pdf() throws IOException, InterruptedException {
        Path qpdf = tool("qpdf");
        for (String name : OUTPUT.keySet()) {
            Process check = new ProcessBuilder(qpdf.toString(), "--check",
                    OUTPUT.get(name).resolve("handbook.pdf").toString()).redirectErrorStream(true).start();
            String out = new String(check.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(check.waitFor()).as(name + ": " + out).isZero();
            assertThat(out).as(name).doesNotContainIgnoringCase("warning")
                    .contains("No syntax or stream encoding errors");
        }
    }

    @Test
    void meets_pdf_ua_1_as_verapdf_checks_it() throws Exception {
        org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider.initialise();
        var flavour = org.verapdf.pdfa.flavours.PDFAFlavour.PDFUA_1;
        for (String name : OUTPUT.keySet()) {
            List<String> failed = new ArrayList<>();
            try (var in = Files.newInputStream(OUTPUT.get(name).resolve("handbook.pdf"));
                    var parser = org.verapdf.pdfa.Foundries.defaultInstance().createParser(in, flavour);
                    var validator = org.verapdf.pdfa.Foundries.defaultInstance().createValidator(flavour, false)) {
                var result = validator.validate(parser);
                for (var assertion : result.getTestAssertions()) {
                    if (assertion.getStatus() == org.verapdf.pdfa.results.TestAssertion.Status.FAILED) {
                        failed.add("PDF/UA-1 " + assertion.getRuleId().getClause() + "-"
                                + assertion.getRuleId().getTestNumber() + " at "
                                + assertion.getLocation().getContext() + ": " + assertion.getMessage());
                    }
                }
                assertThat(failed).as(name).isEmpty();
                assertThat(result.isCompliant()).as(name).isTrue();
            }
        }
    }

    /**
     * A tool of the system that a test needs. CI must have it: .ci/run installs it and sets AIMS_REQUIRE_ALL_TESTS=true
     * (as for the browser tests), so there its absence fails the test; on a fresh machine the test is skipped with a
     * warning that says what to install.
     */
    static Path tool(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = dir.isEmpty() ? null : Path.of(dir, name);
            if (candidate != null && Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        String message = name + " is not on the PATH, so the PDF is not checked with it. Install it (Debian or Ubuntu:"
                + " apt-get install " + name + ") and run the same command again.";
        if ("true".equalsIgnoreCase(System.getenv("AIMS_REQUIRE_ALL_TESTS"))) {
            throw new AssertionError(message + " AIMS_REQUIRE_ALL_TESTS=true: every test must run here.");
        }
        System.out.println("[WARNING] TEST SKIPPED: " + message);
        org.junit.jupiter.api.Assumptions.abort(message);
        return null;
    }

    /** The document bodies of the web handbook, which the PDF must hold in full. */
    static List<Element> documentBodies(Path output) throws IOException {
        List<Element> bodies = new ArrayList<>();
        try (Stream<Path> pages = Files.list(output.resolve("documents"))) {
            for (Path page : pages.sorted().toList()) {
                Element body = Jsoup.parse(Files.readString(page)).selectFirst("article.document-body");
                if (body != null) {
                    bodies.add(body);
                }
            }
        }
        assertThat(bodies).as("documents of " + output).hasSizeGreaterThan(4);
        return bodies;
    }

    /** The words of an element's text nodes: words that cross a link or a code span are two runs in the PDF. */
    static List<String> words(Element element) {
        List<String> words = new ArrayList<>();
        for (org.jsoup.nodes.TextNode node : element.textNodes()) {
            words.addAll(List.of(node.text().trim().split("\\s+")));
        }
        for (Element child : element.children()) {
            words.addAll(words(child));
        }
        return words;
    }

    /**
     * Text without what layout and text extraction add, move or drop: spaces and line breaks (cells wrap, long words
     * break), and hyphens, because PDFBox joins a word broken after a hyphen at the end of a line and drops the
     * hyphen ("fraud-" / "model" reads "fraudmodel"). NFKC folds the ligatures that extraction may return.
     */
    static String compact(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)
                .replaceAll("[\\s\\u00AD\\u200B\\uFE0F-]+", "");
    }
}
