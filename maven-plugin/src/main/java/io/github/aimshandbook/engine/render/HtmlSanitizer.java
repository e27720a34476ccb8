package io.github.aimshandbook.engine.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The one pass over the HTML of a rendered body. It keeps only the HTML that Markdown and AsciiDoc produce themselves: no script, no event handlers, no frames or
 * objects, no styles, and links only to web pages, mail, the handbook's own references or relative paths. Content
 * is untrusted (pasted model cards, exported evidence), and the handbook is opened by auditors. Links out of the
 * handbook get {@code rel="noopener noreferrer"}, raw HTML ones too, and on the web every table scrolls in a box of its
 * own. Link addresses are final already: the renderers write them. Thread-safe.
 */
final class HtmlSanitizer {

    /** Relative links are kept only when the cleaner knows a base; this one is never written out. */
    private static final String BASE = "https://handbook.invalid/";

    private final Safelist safelist = Safelist.relaxed()
            .addTags("hr", "del", "s", "mark", "kbd", "samp", "var", "abbr", "figure", "figcaption", "section",
                    "details", "summary", "input")
            .addAttributes(":all", "class", "id", "title", "lang")
            .addAttributes("a", "rel")
            .addAttributes("input", "type", "checked", "disabled")
            .addAttributes("th", "scope", "align")
            .addAttributes("td", "align") // the column alignment of Markdown tables (":-:"), as GitHub writes it
            .addProtocols("a", "href", "aims-ref", "#")
            .preserveRelativeLinks(true);
    private final boolean allowRawHtml;

    HtmlSanitizer(boolean allowRawHtml) {
        this.allowRawHtml = allowRawHtml;
    }

    /** Cleans one rendered body; {@code web} when it is for a web page, where tables scroll in a box. */
    String clean(String html, boolean web) {
        Document dirty = Jsoup.parseBodyFragment(html, BASE);
        Document clean = allowRawHtml ? dirty : new Cleaner(safelist).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        for (Element a : clean.select("a[href]")) {
            if (LinkTargets.isExternal(a.attr("href")) && !a.attr("href").startsWith("aims-ref:")) {
                a.attr("rel", "noopener noreferrer");
            }
        }
        if (web) {
            // A wide table scrolls inside its own box instead of making a phone's whole page scroll sideways.
            for (Element table : clean.select("table")) {
                if (!table.parent().hasClass("table-wrap")) {
                    table.wrap("<div class=\"table-wrap\"></div>");
                }
            }
        }
        if (allowRawHtml) {
            return clean.body().html();
        }
        for (var input : clean.select("input")) {
            if (!"checkbox".equals(input.attr("type"))) {
                input.remove(); // task-list boxes are the only inputs content may hold
            } else {
                input.attr("disabled", "");
            }
        }
        return clean.body().html();
    }
}
