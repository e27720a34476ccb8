package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.link.Anchors;
import io.github.aimshandbook.engine.link.Handbook;
import io.github.aimshandbook.engine.link.Paths;
import io.github.aimshandbook.engine.link.Target;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Points the links of a rendered body at the handbook: {@code aims-ref:ID} to the entity's page (with its title as
 * text when the author gave none), relative links to content files to the generated page or the copied file, all
 * relative to the page the body appears on. External links open without handing the handbook's address on.
 */
final class BodyLinks {

    private static final String REF = "aims-ref:";

    private final Handbook handbook;

    BodyLinks(Handbook handbook) {
        this.handbook = handbook;
    }

    String rewrite(String html, String sourceFile, String page) {
        return rewrite(html, sourceFile, Paths.toRoot(page), null);
    }

    /**
     * Rewrites a body for the print document: references and links to documents become anchors inside it, images
     * and other files are addressed from the content root, and the body's own ids get {@code prefix} so that
     * headings of different documents never share an id.
     */
    String rewriteForPrint(String html, String sourceFile, String prefix) {
        return rewrite(html, sourceFile, "", prefix);
    }

    private String rewrite(String html, String sourceFile, String root, String printPrefix) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        if (printPrefix != null) {
            for (Element e : doc.select("[id]")) {
                e.attr("id", printPrefix + "--" + e.id());
            }
            for (Element a : doc.select("a[href^=#]")) {
                a.attr("href", "#" + printPrefix + "--" + a.attr("href").substring(1));
            }
        } else {
            // A wide table scrolls inside its own box instead of making a phone's whole page scroll sideways.
            for (Element table : doc.select("table")) {
                if (!table.parent().hasClass("table-wrap")) {
                    table.wrap("<div class=\"table-wrap\"></div>");
                }
            }
        }
        for (Element a : doc.select("a[href]")) {
            String href = a.attr("href");
            if (href.startsWith(REF)) {
                String id = href.substring(REF.length());
                Optional<Target> target = handbook.index().find(id);
                if (target.isEmpty()) {
                    a.tagName("span").removeAttr("href").addClass("broken-ref")
                            .attr("title", "Unresolved reference " + id);
                    continue;
                }
                a.attr("href", printPrefix != null ? "#" + Anchors.of(target.get().href())
                        : root + target.get().href()).addClass("ref ref-" + target.get().kind().name()
                        .toLowerCase(java.util.Locale.ROOT));
                a.removeClass("aims-autotext");
                if (a.text().equals(id)) {
                    a.text(target.get().title());
                }
            } else if (isExternal(href)) {
                a.attr("rel", "noopener noreferrer");
            } else if (!href.startsWith("#")) {
                rewriteRelative(a, "href", sourceFile, root, printPrefix != null);
            }
        }
        for (Element img : doc.select("img[src]")) {
            if (!isExternal(img.attr("src"))) {
                rewriteRelative(img, "src", sourceFile, root, false);
            }
        }
        return doc.body().html();
    }

    private void rewriteRelative(Element element, String attribute, String sourceFile, String root,
            boolean pagesAsAnchors) {
        String value = element.attr(attribute);
        int hash = value.indexOf('#');
        String path = hash < 0 ? value : value.substring(0, hash);
        String fragment = hash < 0 ? "" : value.substring(hash);
        if (path.isEmpty()) {
            return;
        }
        String decoded = java.net.URLDecoder.decode(path.replace("+", "%2B"),
                java.nio.charset.StandardCharsets.UTF_8);
        handbook.fileTarget(sourceFile, decoded).ifPresentOrElse(target -> {
            if (pagesAsAnchors && target.endsWith(".html")) {
                String anchor = Anchors.of(target);
                element.attr(attribute, "#" + (fragment.isEmpty() ? anchor : anchor + "--" + fragment.substring(1)));
            } else {
                element.attr(attribute, root + encode(target) + fragment);
            }
        }, () -> element.addClass("broken-link"));
    }

    private static String encode(String path) {
        StringBuilder out = new StringBuilder();
        for (String segment : path.split("/", -1)) {
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8)
                    .replace("+", "%20"));
        }
        return out.toString();
    }

    private static boolean isExternal(String url) {
        return url.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") || url.startsWith("//");
    }
}
