package io.github.aimshandbook.engine.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.aimshandbook.engine.link.Target;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The search index, {@code assets/search-index.js}: one entry per item of every page kind ({@link PageKinds}), in the
 * registry's order, with its id, title, kind, page, a short excerpt and the distinct words of its text. The browser
 * builds a MiniSearch index from it. It is a script that sets a global rather than a JSON file, because pages opened
 * from disk ({@code file://}) may load scripts but not fetch files. Words are kept once each, in order of first use:
 * that is all full-text search needs, and it keeps the file a fraction of the content's size.
 */
final class SearchIndex {

    static final String PATH = "assets/search-index.js";
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKUP = Pattern.compile("\\[\\[([^\\]|]+)(?:\\|([^\\]]*))?]]");
    private static final int EXCERPT = 160;
    private static final JsonFactory JSON = new JsonFactory();

    private SearchIndex() {
    }

    /** {@code bodies}: every document's sanitized HTML body, by document id. */
    static byte[] script(ViewSources sources, Function<String, String> bodies) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            out.write("window.AIMS_SEARCH = ".getBytes(StandardCharsets.UTF_8));
            try (JsonGenerator json = JSON.createGenerator(out)) {
                // The output is a script: keep characters that end a script or a line in JavaScript escaped.
                json.setHighestNonEscapedChar(0x7e);
                json.writeStartArray();
                for (PageKind kind : PageKinds.ALL) {
                    if (kind.items() != null) {
                        entries(json, kind.items(), sources, bodies);
                    }
                }
                json.writeEndArray();
            }
            out.write(";\n".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static <T> void entries(JsonGenerator json, PageKind.Items<T> items, ViewSources sources,
            Function<String, String> bodies) throws IOException {
        for (T item : items.of(sources)) {
            PageKind.SearchText text = items.search().of(item, bodies);
            entry(json, sources.handbook().index().get(items.id().apply(item)), text.excerpt(), text.text());
        }
    }

    private static void entry(JsonGenerator json, Target t, String excerpt, String text) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", t.id());
        json.writeStringField("title", t.title());
        json.writeStringField("kind", t.kind().label());
        json.writeStringField("href", t.href());
        json.writeStringField("excerpt", excerpt(plain(excerpt)));
        json.writeStringField("text", words(t.title() + " " + text));
        json.writeEndObject();
    }

    /** Markdown source as readable text: references become their label or id, markup characters go. */
    static String plain(String markdown) {
        if (markdown == null) {
            return "";
        }
        String refs = MARKUP.matcher(markdown).replaceAll(m -> m.group(2) != null ? m.group(2) : m.group(1));
        return refs.replaceAll("[*_`#>|]+", " ").replaceAll("\\s+", " ").trim();
    }

    static String excerpt(String text) {
        if (text.length() <= EXCERPT) {
            return text;
        }
        int cut = text.lastIndexOf(' ', EXCERPT);
        return text.substring(0, cut > EXCERPT / 2 ? cut : EXCERPT) + " …";
    }

    /** The distinct words of a text, lower case, in order of first use. */
    static String words(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String w : WORD_BREAK.split(text.toLowerCase(Locale.ROOT))) {
            if (w.length() > 1 || (!w.isEmpty() && Character.isDigit(w.charAt(0)))) {
                words.add(w);
            }
        }
        return String.join(" ", words);
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    static String values(List<Map<String, String>> rows) {
        StringBuilder b = new StringBuilder();
        rows.forEach(r -> r.values().forEach(v -> b.append(v).append(' ')));
        return b.toString();
    }
}
