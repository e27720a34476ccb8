package io.github.aimshandbook.engine.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Keeps only the HTML that Markdown and AsciiDoc produce themselves: no script, no event handlers, no frames or
 * objects, no styles, and links only to web pages, mail, the handbook's own references or relative paths. Content
 * is untrusted (pasted model cards, exported evidence), and the handbook is opened by auditors. Thread-safe.
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

    String clean(String html) {
        if (allowRawHtml) {
            return html;
        }
        Document dirty = Jsoup.parseBodyFragment(html, BASE);
        Document clean = new Cleaner(safelist).clean(dirty);
        clean.outputSettings().prettyPrint(false);
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
