package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.check.Assessment;
import io.github.aimshandbook.engine.link.Handbook;
import io.github.aimshandbook.engine.model.Document;
import io.github.aimshandbook.engine.model.DocumentFormat;
import io.github.aimshandbook.engine.model.Failure;
import io.github.aimshandbook.engine.model.Findings;
import io.github.aimshandbook.engine.model.Location;
import io.github.aimshandbook.engine.tree.ContentTree;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The render stage: every page of the output layout, the report and the exports, as bytes by output path. Pages are
 * independent of one another and are rendered in parallel; the result does not depend on the order.
 */
public final class Renderer implements AutoCloseable {

    /** Theme files copied as they are. */
    static final List<String> ASSETS = List.of("assets/aims.css", "assets/aims.js",
            "assets/vendor/minisearch-7.2.0.js", "assets/vendor/minisearch-LICENSE.txt");

    private final Templates templates;
    private final ContentTree tree;
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final AsciidocRenderer asciidoc;

    private final HtmlSanitizer sanitizer;
    private final boolean allowActiveAttachments;
    private final PublishedAttachments attachments;

    /**
     * {@code allowRawHtml} keeps raw HTML of the documents; {@code allowActiveAttachments} publishes attachments that
     * a browser runs, and SVG images as they are.
     */
    public Renderer(Templates templates, ContentTree tree, boolean allowRawHtml, boolean allowActiveAttachments) {
        this.templates = templates;
        this.sanitizer = new HtmlSanitizer(allowRawHtml);
        this.tree = tree;
        this.asciidoc = new AsciidocRenderer(tree);
        this.allowActiveAttachments = allowActiveAttachments;
        this.attachments = new PublishedAttachments(tree, allowActiveAttachments);
    }

    /** Starts the AsciiDoc engine now, before the content is loaded, when the content folder has AsciiDoc files. */
    public void startAsciidoc() {
        asciidoc.start();
    }

    /** Starts the AsciiDoc engine early when the content has AsciiDoc, so that its start overlaps other work. */
    public void prepare(io.github.aimshandbook.engine.model.Content content) {
        if (content.documents().stream().anyMatch(d -> d.format() == DocumentFormat.ASCIIDOC)) {
            asciidoc.start();
        }
    }

    /**
     * Warns about every character of the content that the PDF's fonts cannot draw, with the file, line and column
     * where it was written (the PDF would show '#' there).
     */
    public void checkPrintable(io.github.aimshandbook.engine.model.Content content,
            io.github.aimshandbook.engine.model.Findings findings) {
        new PrintableCharacters(templates).check(tree, content, findings);
    }

    /**
     * Renders the handbook; {@code backLink} (may be null) links every page's header back to an enclosing site. A
     * document that a library cannot render (a stack overflow on deep nesting) is an error of {@code findings} that
     * names it, and its page says so instead of showing its text; a PDF that cannot be made is left out, with an
     * error naming the document that stops it. The report holds these findings too; the pages list the findings
     * from before rendering.
     */
    public RenderedSite render(Handbook handbook, Assessment assessment, Findings findings,
            Generator generator, boolean html, boolean pdf, BackLink backLink) {
        ViewSources sources = new ViewSources(handbook, assessment, findings.sorted());
        Map<String, Record> sectionViews = PageKinds.views(sources);
        SiteInfo site = SiteInfo.of(handbook, assessment, generator, backLink);
        // the search index reads the web bodies, so they are rendered even for a PDF-only build
        DocumentBodies bodies = new DocumentBodies(sources.of(PageKinds.DOCUMENTS), d -> new DocumentBodies.Body(
                body(d, LinkTargets.web(handbook, d.path(), handbook.index().get(d.id()).href()), findings),
                pdf ? body(d, LinkTargets.print(handbook, d.path(), LinkTargets.printPrefixOf(d.id())), findings)
                        : null));
        Map<String, byte[]> generated = new ConcurrentHashMap<>();
        if (html) {
            pages(sources, sectionViews, site, bodies, generated);
        }
        if (pdf) {
            pdf(sources, sectionViews, site, bodies, generator, findings)
                    .ifPresent(bytes -> generated.put("handbook.pdf", bytes));
        }
        generated.put("aims-report.json", ReportWriter.write(generator, handbook, assessment, findings.sorted()));
        generated.put("soa.csv", SoaCsv.write(assessment));

        SortedMap<String, Path> copies = new TreeMap<>();
        attachments.publish(handbook, copies, generated);
        return new RenderedSite(new TreeMap<>(generated), copies);
    }

    private java.util.Optional<byte[]> pdf(ViewSources sources, Map<String, Record> sectionViews, SiteInfo site,
            DocumentBodies bodies, Generator generator, Findings findings) {
        Handbook handbook = sources.handbook();
        Assessment assessment = sources.assessment();
        Map<String, String> printBodies = new TreeMap<>();
        Map<String, List<DocumentContents.Entry>> contents = new TreeMap<>();
        List<Document> documents = sources.of(PageKinds.DOCUMENTS);
        for (Document d : documents) {
            printBodies.put(d.id(), bodies.print(d.id()));
            contents.put(d.id(), DocumentContents.of(bodies.print(d.id())));
        }
        String css = templates.asset("assets/print.css").map(b -> new String(b, StandardCharsets.UTF_8)).orElse(null);
        PageContext page = PageContext.print(handbook.content().manifest().title(), handbook);
        PrintModel model = new PrintModel(site, page, sources.reviews(), sources.references(), sources.auditTrail(),
                new MarkdownText(handbook, markdown, sanitizer, page), documents, printBodies, contents, css,
                PageKinds.chapters(sources, sectionViews));
        String html = templates.render("print.ftlh", model);
        PdfRenderer renderer = new PdfRenderer(templates, tree, !allowActiveAttachments);
        try {
            return java.util.Optional.of(renderer.render(html, handbook.content().manifest(), assessment.today(),
                    site.generator()));
        } catch (java.io.UncheckedIOException e) {
            throw e;
        } catch (RuntimeException | Error e) {
            blamePdf(renderer, handbook, assessment, documents, printBodies, css, findings, e);
            return java.util.Optional.empty();
        }
    }

    /**
     * Finds the documents that stop the PDF by laying out each one alone, and reports them; the whole PDF when none
     * does alone. Only runs when the PDF failed, so its cost does not matter.
     */
    private static void blamePdf(PdfRenderer renderer, Handbook handbook, Assessment assessment,
            List<Document> documents,
            Map<String, String> printBodies, String css, Findings findings, Throwable whole) {
        boolean blamed = false;
        for (Document d : documents) {
            String alone = "<!DOCTYPE html><html lang=\"en\"><head><title>" + d.id() + "</title><style>"
                    + (css == null ? "" : css) + "</style></head><body>" + printBodies.get(d.id()) + "</body></html>";
            try {
                renderer.render(alone, handbook.content().manifest(), assessment.today(), "");
            } catch (RuntimeException | Error e) {
                Failure.report(findings, "unrenderable-document", Location.of(d.path()), "Laying the document out"
                        + " for the PDF", "The PDF is not written", e);
                blamed = true;
            }
        }
        if (!blamed) {
            Failure.report(findings, "unrenderable-document", Location.of(""), "Laying out the PDF",
                    "The PDF is not written", whole);
        }
    }

    private void pages(ViewSources sources, Map<String, Record> sectionViews, SiteInfo site, DocumentBodies bodies,
            Map<String, byte[]> generated) {
        Handbook handbook = sources.handbook();
        SitePlan plan = new SitePlan(sources, sectionViews, site.sections());
        // Pages of AsciiDoc documents last: their bodies may still be converting while the others are rendered.
        java.util.function.Predicate<SitePlan.Page> waits = SitePlan.Page::late;
        // a body's links are written for its document's own page, the one page it is shown on
        PageKind.Bodies pageBodies = (d, pagePath) -> bodies.get(d.id());
        java.util.function.Consumer<SitePlan.Page> render = p -> {
            PageContext page = new PageContext(p.path(), p.title(), p.section(), handbook, plan.around(p));
            PageModel model = new PageModel(site, page, sources.reviews(), sources.references(), sources.auditTrail(),
                    new MarkdownText(handbook, markdown, sanitizer, page), p.view().make(pageBodies));
            generated.put(p.path(), templates.render(p.template(), model).getBytes(StandardCharsets.UTF_8));
        };
        plan.pages().parallelStream().filter(waits.negate()).forEach(render);
        plan.pages().parallelStream().filter(waits).forEach(render);
        for (String asset : ASSETS) {
            templates.asset(asset).ifPresent(bytes -> generated.put(asset, bytes));
        }
        generated.put(AccentTheme.PATH, AccentTheme.css(handbook.content().manifest().accentColor())
                .getBytes(StandardCharsets.UTF_8));
        generated.put(NavScript.PATH, NavScript.script(plan.pages()));
        generated.put(SearchIndex.PATH, SearchIndex.script(sources, bodies::get));
        generated.put("404.html", notFoundPage(handbook, site));
        // GitHub Pages runs Jekyll on a published branch unless this file is there; Jekyll would drop files whose
        // names start with '_' and waste build time. Deployments through actions/deploy-pages skip Jekyll anyway.
        generated.put(".nojekyll", new byte[0]);
    }

    /**
     * The page web hosts such as GitHub Pages serve for any address without a file, at that address. A linked
     * stylesheet would not be found there, so the theme's stylesheet is inline, and allowed by its hash in the page's
     * Content-Security-Policy (the policy forbids inline style otherwise). There is no script: the link to the start
     * page is relative, right at the handbook's root and from disk, and the text says what to do elsewhere.
     */
    private byte[] notFoundPage(Handbook handbook, SiteInfo site) {
        PageContext page = new PageContext("404.html", "Page not found", "", handbook, SitePlan.Neighbours.NONE);
        String css = templates.asset("assets/aims.css").map(b -> new String(b, StandardCharsets.UTF_8)).orElse("")
                + AccentTheme.css(handbook.content().manifest().accentColor());
        NotFoundModel model = new NotFoundModel(site, page, css, sha256(css));
        return templates.render("404.ftlh", model).getBytes(StandardCharsets.UTF_8);
    }

    private String body(Document d, LinkTargets targets, Findings findings) {
        try {
            return sanitizer.clean(d.format() == DocumentFormat.ASCIIDOC ? asciidoc.toHtml(d.body(), targets)
                    : markdown.documentBody(d.markdownTree(), targets), !targets.isPrint());
        } catch (RuntimeException | Error e) {
            Failure.report(findings, "unrenderable-document", Location.of(d.path()), "Rendering the document "
                    + (targets.isPrint() ? "for the PDF" : "for the web"), "Its text is left out of the handbook",
                    e);
            return "<p class=\"render-failed\"><strong>This document could not be rendered.</strong> The build"
                    + " reported why, with the finding unrenderable-document for " + escape(d.path()) + ".</p>";
        }
    }

    private static String escape(String text) {
        return org.jsoup.nodes.Entities.escape(text);
    }

    /** The base64 SHA-256 of a text as UTF-8, the form a Content-Security-Policy hash source takes. */
    static String sha256(String text) {
        try {
            return java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    @Override
    public void close() {
        asciidoc.close();
    }
}
