package io.github.aimshandbook.engine.markup;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which attachments a browser would run when a reader opens them from the handbook: there they run in the
 * handbook's origin (on GitHub Pages, the origin every project site of the organization shares), and the pages'
 * Content-Security-Policy does not cover a file opened on its own. HTML, XHTML, JavaScript and the like by their
 * type; XML only when a browser would show it as a page (a stylesheet instruction, XHTML or SVG inside, or entity
 * declarations that could spell those). SVG images are not refused but rewritten by {@link SafeSvg}. The load stage
 * reports these files, the render stage leaves them out; both ask here.
 */
public final class AttachmentPolicy {

    /** Types a browser renders as a document that may run script, by file name extension. */
    static final Set<String> ACTIVE_TYPES = Set.of("html", "htm", "xhtml", "xht", "shtml", "mht", "mhtml", "js",
            "mjs", "cjs", "svgz", "xsl", "xslt", "hta", "swf");

    private static final List<String> ACTIVE_XML = List.of("<?xml-stylesheet", "http://www.w3.org/1999/xhtml",
            "http://www.w3.org/2000/svg", "<!entity");

    private AttachmentPolicy() {
    }

    /** Whether the file must be read to decide: XML, whose type alone does not say. */
    public static boolean needsContent(String path) {
        return extension(path).equals("xml");
    }

    /** Whether the file is an SVG image, published through {@link SafeSvg}. */
    public static boolean isSvg(String path) {
        return extension(path).equals("svg");
    }

    /**
     * Why a browser would run the file, as the start of a sentence, or empty when it would not; {@code bytes} is
     * the file's content, needed only when {@link #needsContent(String)} says so (else it may be null).
     */
    public static Optional<String> runsInBrowser(String path, byte[] bytes) {
        String type = extension(path);
        if (ACTIVE_TYPES.contains(type)) {
            return Optional.of("A browser runs ." + type + " files");
        }
        if (!type.equals("xml") || bytes == null) {
            return Optional.empty();
        }
        String text = new String(bytes, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        return ACTIVE_XML.stream().filter(text::contains).findFirst().map(marker -> "This XML file holds '" + marker
                + "', so a browser shows it as a page that may run script");
    }

    private static String extension(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
