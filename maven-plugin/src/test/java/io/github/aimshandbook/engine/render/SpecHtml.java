package io.github.aimshandbook.engine.render;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Normalizes HTML for comparison as the CommonMark spec runner does (its normalize.py): tags lowercase, attributes
 * sorted, self-closing slashes dropped, whitespace collapsed outside {@code pre} and removed around block tags, and
 * character references turned into the characters they stand for. It does not repair markup: two outputs compare
 * equal only when their tags appear in the same order.
 * <p>
 * Two things are left out, because they are presentation hooks the handbook adds on purpose and the specs' HTML has
 * none: {@code class} attributes (the stylesheet's table and task-list classes) and the {@code id} of headings (the
 * anchors links point at, which {@code MarkdownHeadingIdsTest} checks against GitHub's ids).
 */
final class SpecHtml {

    private static final Set<String> BLOCK = Set.of("article", "header", "aside", "hgroup", "blockquote", "hr",
            "iframe", "body", "li", "map", "button", "object", "canvas", "ol", "caption", "output", "col", "p",
            "colgroup", "pre", "dd", "progress", "div", "section", "dl", "table", "td", "dt", "tbody", "embed",
            "textarea", "fieldset", "tfoot", "figcaption", "th", "figure", "thead", "footer", "tr", "form", "ul",
            "h1", "h2", "h3", "h4", "h5", "h6", "video", "script", "style");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Pattern TOKEN = Pattern.compile("<!--.*?-->|<\\?.*?\\?>|<![A-Za-z][^>]*>"
            + "|<!\\[CDATA\\[.*?]]>"
            + "|<(/?)([A-Za-z][A-Za-z0-9-]*)((?:\\s+[^\\s\"'>/=]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+))?)*)"
            + "\\s*(/?)>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([^\\s\"'>/=]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+)))?");

    private final StringBuilder out = new StringBuilder();
    private boolean inPre;
    private String last = "";
    private String lastTag = "";

    private SpecHtml() {
    }

    static String normalize(String html) {
        SpecHtml n = new SpecHtml();
        Matcher m = TOKEN.matcher(html);
        int at = 0;
        while (m.find()) {
            n.text(html.substring(at, m.start()));
            if (m.group(2) == null) {
                n.out.append(m.group());
                n.last = "other";
            } else if (m.group(1).isEmpty()) {
                n.start(m.group(2).toLowerCase(Locale.ROOT), m.group(3), !m.group(4).isEmpty());
            } else {
                n.end(m.group(2).toLowerCase(Locale.ROOT));
            }
            at = m.end();
        }
        n.text(html.substring(at));
        return n.out.toString().strip();
    }

    private void text(String data) {
        if (data.isEmpty()) {
            return;
        }
        boolean afterTag = last.equals("start") || last.equals("end");
        if (afterTag && lastTag.equals("br")) {
            data = data.replaceFirst("^\n+", "");
        }
        if (!inPre) {
            data = data.replaceAll("\\s+", " ");
            if (afterTag && BLOCK.contains(lastTag)) {
                data = last.equals("start") ? data.stripLeading() : data.strip();
            }
        }
        out.append(escape(Parser.unescapeEntities(data, false), false));
        last = "text";
    }

    private void start(String tag, String attributes, boolean selfClosing) {
        if (tag.equals("pre")) {
            inPre = true;
        }
        if (BLOCK.contains(tag)) {
            stripTrailing();
        }
        out.append('<').append(tag);
        TreeMap<String, String> sorted = new TreeMap<>();
        Matcher a = ATTRIBUTE.matcher(attributes);
        while (a.find()) {
            String name = a.group(1).toLowerCase(Locale.ROOT);
            String value = a.group(2) != null ? a.group(2) : a.group(3) != null ? a.group(3) : a.group(4);
            if (name.equals("class") || name.equals("id") && HEADINGS.contains(tag)) {
                continue;
            }
            sorted.put(name, value);
        }
        sorted.forEach((name, value) -> {
            out.append(' ').append(name);
            if (value != null) {
                out.append("=\"").append(escape(Parser.unescapeEntities(value, true), true)).append('"');
            }
        });
        out.append('>');
        lastTag = tag;
        last = selfClosing ? "end" : "start";
    }

    private void end(String tag) {
        if (tag.equals("pre")) {
            inPre = false;
        } else if (BLOCK.contains(tag)) {
            stripTrailing();
        }
        out.append("</").append(tag).append('>');
        lastTag = tag;
        last = "end";
    }

    private void stripTrailing() {
        int end = out.length();
        while (end > 0 && Character.isWhitespace(out.charAt(end - 1))) {
            end--;
        }
        out.setLength(end);
    }

    private static String escape(String s, boolean attribute) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append(attribute ? "&#x27;" : "'");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** For the test's report: the examples' numbers, compact. */
    static String numbers(List<SpecExamples.Example> examples) {
        StringBuilder b = new StringBuilder();
        for (SpecExamples.Example e : examples) {
            b.append(b.length() == 0 ? "" : ", ").append(e.number());
        }
        return b.toString();
    }
}
