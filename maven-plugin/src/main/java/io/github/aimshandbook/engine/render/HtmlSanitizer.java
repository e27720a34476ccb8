package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.load.RawHtmlPolicy;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Keeps only the HTML of {@link RawHtmlPolicy}: what Markdown and AsciiDoc produce themselves and harmless tags such
 * as {@code <br>} and {@code <details>}. Content is untrusted (pasted model cards, exported evidence), and the
 * handbook is opened by auditors. Thread-safe.
 */
final class HtmlSanitizer {

    private final Safelist safelist = RawHtmlPolicy.safelist();
    private final boolean allowRawHtml;

    HtmlSanitizer(boolean allowRawHtml) {
        this.allowRawHtml = allowRawHtml;
    }

    String clean(String html) {
        if (allowRawHtml) {
            return html;
        }
        Document dirty = Jsoup.parseBodyFragment(html, RawHtmlPolicy.BASE);
        Document clean = new Cleaner(safelist).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        for (var cell : clean.select("th[align], td[align]")) {
            // Markdown's column alignment (":-:") comes as align, which HTML5 made obsolete: a class of the theme's.
            String align = cell.attr("align").toLowerCase(java.util.Locale.ROOT);
            cell.removeAttr("align");
            if (align.equals("left") || align.equals("center") || align.equals("right")) {
                cell.addClass("align-" + align);
            }
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
