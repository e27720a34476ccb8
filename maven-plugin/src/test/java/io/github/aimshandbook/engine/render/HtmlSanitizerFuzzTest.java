package io.github.aimshandbook.engine.render;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Fuzzes the sanitizer that every rendered document goes through. The output is parsed again the way a browser
 * would; it must hold only the elements Markdown and AsciiDoc produce, no event handler or style attribute, no link
 * or image source with a scheme that runs or embeds code, and it must stay in proportion to the input.
 */
class HtmlSanitizerFuzzTest {

    private static final HtmlSanitizer SANITIZER = new HtmlSanitizer(false);

    /** What the sanitizer lets through (Safelist.relaxed() and the tags it adds), plus jsoup's document shell. */
    private static final Set<String> ALLOWED = Set.of("a", "b", "blockquote", "br", "caption", "cite", "code", "col",
            "colgroup", "dd", "div", "dl", "dt", "em", "h1", "h2", "h3", "h4", "h5", "h6", "i", "img", "li", "ol",
            "p", "pre", "q", "small", "span", "strike", "strong", "sub", "sup", "table", "tbody", "td", "tfoot",
            "th", "thead", "tr", "u", "ul", "hr", "del", "s", "mark", "kbd", "samp", "var", "abbr", "figure",
            "figcaption", "section", "details", "summary", "input", "html", "head", "body");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "cite", "action", "formaction",
            "xlink:href", "background", "poster", "srcset", "data");

    @FuzzTest
    @DictionaryEntries({"<script>", "</script>", "<img src=x onerror=", " onclick=", "javascript:", "JaVaScRiPt:",
        "jav&#x09;ascript:", "&#106;avascript:", "data:text/html,", "vbscript:", "<iframe", "<object", "<embed",
        "<style>", " style=", "<svg", "<math", "<a href=\\\"", "<![CDATA[", "<!--", "-->", "<template>", "<noscript>",
        "<form action=", "<base href=", "<meta http-equiv=", "<link rel=", "<input type=", "checkbox", "aims-ref:",
        "<table>", "<tr>", "<td>", "<details>", "<textarea>", "<xmp>", "<plaintext>", "\\x00", "&lt;", "`", "'",
        "\\\""})
    void clean_html_holds_no_active_content(byte[] input) {
        String dirty = new String(input, java.nio.charset.StandardCharsets.UTF_8);

        String clean = SANITIZER.clean(dirty, false);

        // Linear growth is expected: a control character becomes a numeric reference (&#x19; is six characters),
        // and the parser closes and reopens elements it finds misnested. What must never happen is growth beyond a
        // constant factor (seed escaped-control-characters: 351 characters of input, 4,027 of output).
        if (clean.length() > 32 * dirty.length() + 4096) {
            throw new AssertionError(clean.length() + " characters out of " + dirty.length());
        }
        assertNoActiveContent(clean);
    }

    /**
     * Parses {@code clean} as a browser would and fails on any element, attribute or URL that could run or embed
     * code; the render fuzzers hold whole rendered bodies to the same rule.
     */
    static void assertNoActiveContent(String clean) {
        var document = Jsoup.parse(clean);
        for (Element e : document.getAllElements()) {
            if (e == document) {
                continue;
            }
            String tag = e.normalName();
            if (!e.tag().namespace().equals("http://www.w3.org/1999/xhtml") && !e.tag().namespace().isEmpty()) {
                throw new AssertionError("foreign element " + tag + " in " + clean);
            }
            if (!ALLOWED.contains(tag)) {
                throw new AssertionError("element <" + tag + "> survived: " + clean);
            }
            if (tag.equals("input") && (!e.attr("type").equals("checkbox") || !e.hasAttr("disabled"))) {
                throw new AssertionError("an input other than a disabled checkbox: " + clean);
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on") || name.equals("style") || name.equals("srcdoc")
                        || name.equals("formaction") || name.equals("http-equiv")) {
                    throw new AssertionError("attribute " + name + " survived: " + clean);
                }
                if (URL_ATTRIBUTES.contains(name) && !safeUrl(a.getValue())) {
                    throw new AssertionError(name + "=\"" + a.getValue() + "\" survived: " + clean);
                }
            }
        }
    }

    /**
     * Reads the scheme the way a browser does (WHATWG URL): leading and trailing controls and spaces are dropped,
     * tabs and line breaks are removed anywhere; without a valid scheme the URL is relative.
     */
    private static boolean safeUrl(String url) {
        String compact = url.replaceAll("^[\\x00-\\x20]+|[\\x00-\\x20]+$", "").replaceAll("[\\t\\n\\r]", "")
                .toLowerCase(Locale.ROOT);
        var scheme = java.util.regex.Pattern.compile("^([a-z][a-z0-9+.-]*):").matcher(compact);
        return !scheme.find() || Set.of("http", "https", "ftp", "mailto", "aims-ref").contains(scheme.group(1));
    }
}
