package io.github.aimshandbook.engine.markup;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Which HTML the handbook keeps: the tags and attributes that Markdown and AsciiDoc produce themselves, plus a few
 * that authors write by hand and that cannot run anything ({@code <br>}, {@code <details>}, {@code <kbd>} ...). No
 * script, no event handlers, no frames, objects or forms, no styles; links only to web pages, mail, the handbook's
 * own references and relative paths. The render stage's sanitizer cleans with this list, and the load stage uses it
 * to report only the raw HTML that is really removed. Thread-safe: the list is never changed once built.
 */
public final class RawHtmlPolicy {

    /** Relative links are kept only when the cleaner knows a base; this one is never written out. */
    public static final String BASE = "https://handbook.invalid/";

    private static final Pattern CLOSING_TAG = Pattern.compile("</\\s*([A-Za-z][A-Za-z0-9-]*)\\s*>");

    private final Safelist safelist = safelist();

    /** A new copy of the list, for a cleaner of one's own. */
    public static Safelist safelist() {
        return Safelist.relaxed()
                .addTags("hr", "del", "s", "mark", "kbd", "samp", "var", "abbr", "figure", "figcaption", "section",
                        "details", "summary", "input")
                .addAttributes(":all", "class", "id", "title", "lang")
                .addAttributes("a", "rel")
                .addAttributes("input", "type", "checked", "disabled")
                .addAttributes("th", "scope", "align")
                .addAttributes("td", "align") // the column alignment of Markdown tables (":-:"), as GitHub writes it
                .addProtocols("a", "href", "aims-ref", "#")
                .preserveRelativeLinks(true);
    }

    /**
     * Whether the sanitizer keeps a piece of raw HTML as it is: every tag and attribute in it is allowed. Comments
     * count as kept: they are removed, but they never show anyway.
     */
    public boolean keeps(String html) {
        Matcher closing = CLOSING_TAG.matcher(html);
        while (closing.find()) {
            if (!safelist.isSafeTag(closing.group(1).toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        for (Element e : Jsoup.parseBodyFragment(html, BASE).body().getAllElements()) {
            if (e.normalName().equals("body")) {
                continue;
            }
            if (!safelist.isSafeTag(e.normalName())
                    || e.normalName().equals("input") && !"checkbox".equals(e.attr("type"))) {
                return false;
            }
            for (Attribute a : e.attributes()) {
                if (!safelist.isSafeAttribute(e.normalName(), e, a)) {
                    return false;
                }
            }
        }
        return true;
    }
}
