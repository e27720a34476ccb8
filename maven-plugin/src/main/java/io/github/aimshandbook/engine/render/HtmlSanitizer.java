package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.markup.RawHtmlPolicy;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The one pass over the HTML of a rendered body. It keeps only the HTML of {@link RawHtmlPolicy}: what Markdown and
 * AsciiDoc produce themselves and harmless tags such as {@code <br>} and {@code <details>}. Content is untrusted
 * (pasted model cards, exported evidence), and the handbook is opened by auditors. Links out of the handbook get
 * {@code rel="noopener noreferrer"}, raw HTML ones too, and on the web every table scrolls in a box of its own. Link
 * addresses are final already: the renderers write them. Thread-safe.
 */
final class HtmlSanitizer {

    private final Safelist safelist = RawHtmlPolicy.safelist();
    private final boolean allowRawHtml;

    HtmlSanitizer(boolean allowRawHtml) {
        this.allowRawHtml = allowRawHtml;
    }

    /** Cleans one rendered body; {@code web} when it is for a web page, where tables scroll in a box. */
    String clean(String html, boolean web) {
        Document dirty = Jsoup.parseBodyFragment(html, RawHtmlPolicy.BASE);
        Document clean = allowRawHtml ? dirty : new Cleaner(safelist).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        for (Element back : clean.select("li > a.footnote-backref")) {
            // flexmark puts a note's back link after its last paragraph; GitHub ends that paragraph with it
            Element last = null;
            for (Element sibling : back.parent().children()) {
                if (sibling == back) {
                    break;
                }
                last = sibling.normalName().equals("p") ? sibling : last;
            }
            if (last != null) {
                last.appendText(" ").appendChild(back);
            }
        }
        for (Element cell : clean.select("th[align], td[align]")) {
            // Markdown's column alignment (":-:") comes as align, which HTML5 made obsolete: a class of the theme's.
            String align = cell.attr("align").toLowerCase(java.util.Locale.ROOT);
            cell.removeAttr("align");
            if (align.equals("left") || align.equals("center") || align.equals("right")) {
                cell.addClass("align-" + align);
            }
        }
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
        for (Element box : clean.select("li.task-list-item > input[type=checkbox], li.task-list-item > p > input"
                + "[type=checkbox]")) {
            // a box needs a name for screen readers: the task's own words (GitHub leaves it unnamed)
            Element holder = box.parent();
            String task = (holder.normalName().equals("p") ? holder.text() : holder.ownText()).strip();
            if (!task.isEmpty() && !box.hasAttr("aria-label")) {
                box.attr("aria-label", task);
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
