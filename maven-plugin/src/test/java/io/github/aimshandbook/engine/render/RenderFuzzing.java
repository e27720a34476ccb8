package io.github.aimshandbook.engine.render;

import static io.github.aimshandbook.engine.FuzzChecks.assertFindings;

import io.github.aimshandbook.engine.Fixtures;
import io.github.aimshandbook.engine.Scenario;
import io.github.aimshandbook.engine.link.Handbook;
import io.github.aimshandbook.engine.load.DocumentReading;
import io.github.aimshandbook.engine.model.Document;
import io.github.aimshandbook.engine.model.DocumentFormat;
import io.github.aimshandbook.engine.model.Findings;
import io.github.aimshandbook.engine.tree.ContentTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The render fuzzers' harness: a text goes through what a build does with a document, the load stage (limits,
 * metadata, parsing) and the render stage (Markdown or AsciiDoc to HTML, the sanitizer, the PDF), against the small
 * fixture's handbook, so that links and references resolve as in a build. Whatever the text: no throwable, findings
 * inside the text, a web body that holds no active content and stays in proportion to the input, and a PDF.
 */
final class RenderFuzzing {

    private static final Scenario SMALL = small();
    private static final Handbook HANDBOOK = SMALL.handbook();
    private static final ContentTree TREE = ContentTree.walk(SMALL.root());
    private static final Templates TEMPLATES = new Templates(TREE, "templates");
    private static final String PRINT_CSS = TEMPLATES.asset("assets/print.css")
            .map(b -> new String(b, StandardCharsets.UTF_8)).orElseThrow();
    private static final HtmlSanitizer SANITIZER = new HtmlSanitizer(false);
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();
    private static AsciidocRenderer asciidoc;

    private RenderFuzzing() {
    }

    private static Scenario small() {
        try {
            return Scenario.small(Files.createTempDirectory("aims-render-fuzz")).run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized AsciidocRenderer asciidoc() {
        if (asciidoc == null) {
            asciidoc = new AsciidocRenderer(TREE);
        }
        return asciidoc;
    }

    /** The file as SourceReader hands it over: no carriage returns, no byte-order mark, no zero byte. */
    static String text(byte[] input) {
        return new String(input, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n')
                .replace("\uFEFF", "").replace("\0", "");
    }

    static void render(String text, String path) {
        Findings findings = new Findings();
        Optional<Document> read = DocumentReading.read(text, path, findings);
        assertFindings(findings.sorted(), path, text);
        if (read.isEmpty()) {
            return;
        }
        Document d = read.get();
        String web = body(d, LinkTargets.web(HANDBOOK, path, "documents/fuzz.html"), true);
        // Markdown may repeat a link's address once per use of its reference definition, and a cell per row of a
        // table; anything beyond a constant factor would be a blow-up
        if (web.length() > 64 * text.length() + 8192) {
            throw new AssertionError(web.length() + " characters of HTML out of " + text.length());
        }
        HtmlSanitizerFuzzTest.assertNoActiveContent(web);
        String print = body(d, LinkTargets.print(HANDBOOK, path, "fuzz"), false);
        String html = "<!DOCTYPE html><html lang=\"en\"><head><title>Fuzz</title><style>" + PRINT_CSS
                + "</style></head><body>" + print + "</body></html>";
        byte[] pdf = new PdfRenderer(TEMPLATES, TREE, true).render(html, HANDBOOK.content().manifest(),
                Fixtures.TODAY, "fuzz");
        if (pdf.length > 2_000_000 + 2_000L * text.length()) {
            throw new AssertionError(pdf.length + " bytes of PDF out of " + text.length() + " characters");
        }
    }

    private static String body(Document d, LinkTargets targets, boolean web) {
        String html = d.format() == DocumentFormat.ASCIIDOC ? asciidoc().toHtml(d.body(), targets)
                : MARKDOWN.documentBody(d.markdownTree(), targets);
        return SANITIZER.clean(html, web);
    }

    static Path root() {
        return SMALL.root();
    }
}
