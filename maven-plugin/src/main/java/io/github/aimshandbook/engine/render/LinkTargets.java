package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.link.Anchors;
import io.github.aimshandbook.engine.link.Handbook;
import io.github.aimshandbook.engine.link.Paths;
import io.github.aimshandbook.engine.link.Target;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the links of one body lead in one output, asked by the Markdown and AsciiDoc renderers while they write the
 * body: a reference to the entity's page (and its title), a relative link to a content file to the generated page or
 * the copied file, a fragment to the id it has in that output. On the web every address is relative to the page the
 * body appears on; in the print document pages become anchors inside it and the body's own ids get a prefix, so that
 * headings of different documents never share an id. Immutable and thread-safe.
 */
final class LinkTargets {

    /** A resolved reference: the address, the text a link shows when the author gave none, and its class. */
    record Reference(String href, String title, String cssClass) {
    }

    private final Handbook handbook;
    private final String sourceFile;
    private final String root;
    private final String printPrefix;

    private LinkTargets(Handbook handbook, String sourceFile, String root, String printPrefix) {
        this.handbook = handbook;
        this.sourceFile = sourceFile;
        this.root = root;
        this.printPrefix = printPrefix;
    }

    /** Links of a body written in {@code sourceFile}, shown on the web page {@code page}. */
    static LinkTargets web(Handbook handbook, String sourceFile, String page) {
        return new LinkTargets(handbook, sourceFile, Paths.toRoot(page), null);
    }

    /** Links of a body written in {@code sourceFile}, shown in the print document with ids under {@code prefix}. */
    static LinkTargets print(Handbook handbook, String sourceFile, String prefix) {
        return new LinkTargets(handbook, sourceFile, "", prefix);
    }

    /** The print prefix of the body of a document's page. */
    static String printPrefixOf(String documentId) {
        return Anchors.of("documents/" + documentId + ".html");
    }

    boolean isPrint() {
        return printPrefix != null;
    }

    String sourceFile() {
        return sourceFile;
    }

    /** The id an element of the body gets in this output. */
    String id(String id) {
        return printPrefix == null ? id : printPrefix + "--" + id;
    }

    /** The address of a place in the body itself. */
    String fragment(String fragment) {
        return "#" + id(fragment);
    }

    /** The entity {@code id} names, if any. */
    Optional<Reference> reference(String id) {
        return handbook.index().find(id).map(this::reference);
    }

    private Reference reference(Target target) {
        String href = printPrefix != null ? "#" + Anchors.of(target.href()) : root + target.href();
        return new Reference(href, target.title(), "ref ref-" + target.kind().name().toLowerCase(Locale.ROOT));
    }

    /**
     * Where a relative link as written (a path, percent-encoded, with an optional {@code #fragment}) leads; empty when
     * it leads to nothing the handbook has.
     */
    Optional<String> relative(String written) {
        int hash = written.indexOf('#');
        String path = hash < 0 ? written : written.substring(0, hash);
        String fragment = hash < 0 ? "" : written.substring(hash + 1);
        if (path.isEmpty()) {
            return Optional.of(fragment(fragment));
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a broken percent escape: reported by the link stage as a missing file
        }
        return file(decoded, fragment);
    }

    /** Where a link to the content file {@code path} (relative to the body's file, decoded) and fragment leads. */
    Optional<String> file(String path, String fragment) {
        return handbook.fileTarget(sourceFile, path).map(target -> {
            if (printPrefix != null && target.endsWith(".html")) {
                String anchor = Anchors.of(target);
                return "#" + (fragment.isEmpty() ? anchor : anchor + "--" + fragment);
            }
            return root + encode(target) + (fragment.isEmpty() ? "" : "#" + fragment);
        });
    }

    /** The title of the document whose source is {@code path} (relative to the body's file), if it is one. */
    Optional<String> documentTitle(String path) {
        return Paths.resolve(sourceFile, path).map(p -> handbook.documentsByPath().get(p))
                .flatMap(id -> handbook.index().find(id)).map(Target::title);
    }

    static boolean isExternal(String url) {
        return url.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") || url.startsWith("//");
    }

    private static String encode(String path) {
        StringBuilder out = new StringBuilder();
        for (String segment : path.split("/", -1)) {
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return out.toString();
    }
}
