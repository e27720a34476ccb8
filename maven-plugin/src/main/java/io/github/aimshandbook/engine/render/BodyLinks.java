package io.github.aimshandbook.engine.render;

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
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        String root = Paths.toRoot(page);
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
                a.attr("href", root + target.get().href()).addClass("ref ref-" + target.get().kind().name()
                        .toLowerCase(java.util.Locale.ROOT));
                a.removeClass("aims-autotext");
                if (a.text().equals(id)) {
                    a.text(target.get().title());
                }
            } else if (isExternal(href)) {
                a.attr("rel", "noopener noreferrer");
            } else if (!href.startsWith("#")) {
                rewriteRelative(a, "href", sourceFile, root);
            }
        }
        for (Element img : doc.select("img[src]")) {
            if (!isExternal(img.attr("src"))) {
                rewriteRelative(img, "src", sourceFile, root);
            }
        }
        return doc.body().html();
    }

    private void rewriteRelative(Element element, String attribute, String sourceFile, String root) {
        String value = element.attr(attribute);
        int hash = value.indexOf('#');
        String path = hash < 0 ? value : value.substring(0, hash);
        String fragment = hash < 0 ? "" : value.substring(hash);
        if (path.isEmpty()) {
            return;
        }
        String decoded = java.net.URLDecoder.decode(path.replace("+", "%2B"),
                java.nio.charset.StandardCharsets.UTF_8);
        handbook.fileTarget(sourceFile, decoded).ifPresentOrElse(
                target -> element.attr(attribute, root + encode(target) + fragment),
                () -> element.addClass("broken-link"));
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
