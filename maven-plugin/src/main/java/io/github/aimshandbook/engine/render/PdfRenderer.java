package io.github.aimshandbook.engine.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import io.github.aimshandbook.engine.model.Manifest;
import io.github.aimshandbook.engine.markup.AttachmentPolicy;
import io.github.aimshandbook.engine.markup.SafeSvg;
import io.github.aimshandbook.engine.tree.ContentTree;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * Turns the print document (one HTML page holding the whole handbook) into {@code handbook.pdf} with openhtmltopdf,
 * in the JVM: fonts from the theme embedded, tagged for screen readers, and byte-identical for identical content
 * (dates from the run's date, the document id from a hash of the content). Only files under the content root may be
 * loaded, so a document cannot pull anything else into the PDF. Thread-safe: each call builds its own renderer.
 */
final class PdfRenderer {

    record Font(String file, String family, int weight, FontStyle style) {
    }

    /** The fonts embedded in the PDF; {@link PrintableCharacters} warns about what none of them can draw. */
    static final List<Font> FONTS = List.of(
            new Font("fonts/DejaVuSans.ttf", "DejaVu Sans", 400, FontStyle.NORMAL),
            new Font("fonts/DejaVuSans-Bold.ttf", "DejaVu Sans", 700, FontStyle.NORMAL),
            new Font("fonts/DejaVuSans-Oblique.ttf", "DejaVu Sans", 400, FontStyle.ITALIC),
            new Font("fonts/DejaVuSans-BoldOblique.ttf", "DejaVu Sans", 700, FontStyle.ITALIC),
            new Font("fonts/DejaVuSansMono.ttf", "DejaVu Sans Mono", 400, FontStyle.NORMAL),
            // the fallback of every font-family of print.css, for the emoji and symbols DejaVu has no glyph for
            new Font("fonts/NotoEmoji-Regular.ttf", "Noto Emoji", 400, FontStyle.NORMAL));

    private final Templates templates;
    private final ContentTree tree;

    private final boolean safeSvg;

    /** {@code safeSvg}: SVG images are drawn as {@link SafeSvg} publishes them, not as the file has them. */
    PdfRenderer(Templates templates, ContentTree tree, boolean safeSvg) {
        this.templates = templates;
        this.tree = tree;
        this.safeSvg = safeSvg;
    }

    byte[] render(String html, Manifest manifest, LocalDate date, String generator) {
        String base = tree.root().toUri().toString();
        // openhtmltopdf logs every page and font through its own global logger, which would flood the build log
        // with lines meant for its developers; what matters to users is in the PDF and the findings
        XRLog.setLoggingEnabled(false);
        org.jsoup.nodes.Document parsed = Jsoup.parse(html, base);
        // the HTML parser moves unknown elements out of <head>; openhtmltopdf reads the outline from there
        org.jsoup.nodes.Element bookmarks = parsed.selectFirst("bookmarks");
        if (bookmarks != null) {
            parsed.head().appendChild(bookmarks);
        }
        // PDF/UA wants every link to say where it leads; the link text says it best
        for (org.jsoup.nodes.Element a : parsed.select("a[href]:not([title])")) {
            a.attr("title", a.text().isBlank() ? a.attr("href") : a.text());
        }
        // openhtmltopdf draws every checkbox empty, so a done task of a task list would read as open: print the
        // state as the ballot box characters (DejaVu has both), which readers and text extraction see too
        for (org.jsoup.nodes.Element box : parsed.select("input[type=checkbox]")) {
            box.replaceWith(new org.jsoup.nodes.TextNode(box.hasAttr("checked") ? "\u2611" : "\u2610"));
        }
        PrintTables.fit(parsed);
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(parsed);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .withW3cDocument(dom, base)
                .useSVGDrawer(new BatikSVGDrawer())
                .usePdfUaAccessibility(true)
                .withProducer(generator)
                .useExternalResourceAccessControl((uri, type) -> insideContent(uri),
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .useProtocolsStreamImplementation(this::contentFile, "file");
        for (Font font : FONTS) {
            byte[] bytes = templates.asset(font.file()).orElseThrow(() -> new IllegalStateException(
                    "The theme has no " + font.file() + "; the PDF needs it to embed its fonts."));
            builder.useFont(() -> new ByteArrayInputStream(bytes), font.family(), font.weight(), font.style(), true);
        }
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            renderer.createPDFWithoutClosing();
            PDDocument pdf = renderer.getPdfDocument();
            describe(pdf, manifest, date, generator);
            pdf.getDocument().getTrailer().setItem(COSName.ID, documentId(html));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return XrefStreamRepair.repair(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write handbook.pdf: " + e.getMessage(), e);
        }
    }

    /** Only files of the content may be read while rendering: no network, no other file of the machine. */
    private boolean insideContent(String uri) {
        try {
            java.net.URI u = java.net.URI.create(uri);
            return "file".equals(u.getScheme()) && tree.at(Path.of(u)).isPresent();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return false;
        }
    }

    /** Images of the content are read through the content tree, as every stage reads the content's files. */
    private com.openhtmltopdf.extend.FSStream contentFile(String uri) {
        byte[] bytes;
        try {
            var file = tree.at(Path.of(java.net.URI.create(uri)));
            bytes = file.isPresent() ? tree.read(file.get().path()) : null;
            if (bytes != null && safeSvg && AttachmentPolicy.isSvg(file.get().path())) {
                bytes = SafeSvg.clean(bytes).svg(); // null when it cannot be read: left out, reported by the load stage
            }
        } catch (IOException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            bytes = null; // openhtmltopdf leaves out a resource it gets no stream for, as one it may not read
        }
        byte[] content = bytes;
        return new com.openhtmltopdf.extend.FSStream() {
            @Override
            public java.io.InputStream getStream() {
                return content == null ? null : new ByteArrayInputStream(content);
            }

            @Override
            public java.io.Reader getReader() {
                return content == null ? null
                        : new java.io.InputStreamReader(getStream(), java.nio.charset.StandardCharsets.UTF_8);
            }
        };
    }

    private static void describe(PDDocument pdf, Manifest manifest, LocalDate date, String generator) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(manifest.title());
        info.setAuthor(manifest.organization());
        info.setSubject("ISO/IEC 42001 AI management system of " + manifest.organization()
                + (manifest.version().isEmpty() ? "" : ", version " + manifest.version()));
        info.setKeywords("ISO/IEC 42001, AIMS, AI management system, Statement of Applicability"
                + (manifest.classification().isEmpty() ? "" : ", " + manifest.classification()));
        info.setCreator(generator);
        info.setProducer(generator);
        Calendar day = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        day.clear();
        day.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
        info.setCreationDate(day);
        info.setModificationDate(day);
    }

    /** The same content gives the same id, so that the same handbook gives the same bytes. */
    private static COSArray documentId(String html) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(html.getBytes(StandardCharsets.UTF_8));
            byte[] id = java.util.Arrays.copyOf(hash, 16);
            COSArray array = new COSArray();
            array.add(new COSString(id));
            array.add(new COSString(id));
            return array;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
