package io.github.aimshandbook.engine.render;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The table of contents of a long document: its headings of the two top levels below the title, read from the
 * rendered body (so the links use the ids the body really has, on the web and in the print document). A short
 * document gets none: a list of two headings above them only pushes the text down. Stateless and thread-safe.
 */
public final class DocumentContents {

    /** More headings than this, or a body longer than {@link #LONG}, makes a document long. */
    static final int MANY_HEADINGS = 8;
    /** Characters of rendered HTML: about ten screens of text. */
    static final int LONG = 20_000;
    /** Fewer headings than this give nothing to navigate by, however long the text. */
    static final int FEWEST = 3;

    /** One heading: the id to link to, its text, and the headings of the next level under it. */
    public record Entry(String id, String text, List<Entry> children) {

        public Entry {
            children = List.copyOf(children);
        }
    }

    private DocumentContents() {
    }

    static List<Entry> of(String html) {
        if (html == null || html.isEmpty()) {
            return List.of();
        }
        var body = Jsoup.parseBodyFragment(html).body();
        List<Element> headings = new ArrayList<>(body.select("h1, h2, h3, h4"));
        // the document's own title heading (Markdown's leading "# Title") is not an entry of its contents
        if (!headings.isEmpty() && headings.get(0).normalName().equals("h1")
                && body.select("h1").size() == 1) {
            headings.remove(0);
        }
        headings.removeIf(h -> h.closest("table, blockquote, .admonitionblock, .markdown-alert") != null);
        if (headings.size() < FEWEST || headings.size() <= MANY_HEADINGS && html.length() <= LONG) {
            return List.of();
        }
        int top = headings.stream().mapToInt(DocumentContents::level).min().orElse(2);
        List<Entry> entries = new ArrayList<>();
        List<Entry> children = null;
        String id = null;
        String text = null;
        for (Element h : headings) {
            int level = level(h) - top;
            String hid = h.id().isEmpty() ? h.select("[id]").stream().map(Element::id).findFirst().orElse("") : h.id();
            if (level > 1 || hid.isEmpty()) {
                continue;
            }
            if (level == 0 || id == null) {
                if (id != null) {
                    entries.add(new Entry(id, text, children));
                }
                id = hid;
                text = h.text().strip();
                children = new ArrayList<>();
            } else {
                children.add(new Entry(hid, h.text().strip(), List.of()));
            }
        }
        if (id != null) {
            entries.add(new Entry(id, text, children));
        }
        return List.copyOf(entries);
    }

    private static int level(Element heading) {
        return heading.normalName().charAt(1) - '0';
    }
}
