package io.github.aimshandbook.engine.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.aimshandbook.engine.check.ControlStatus;
import io.github.aimshandbook.engine.link.Target;
import io.github.aimshandbook.engine.model.AiSystem;
import io.github.aimshandbook.engine.model.Clause;
import io.github.aimshandbook.engine.model.Document;
import io.github.aimshandbook.engine.model.EvidenceRecord;
import io.github.aimshandbook.engine.model.Risk;
import io.github.aimshandbook.engine.model.Role;
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
import org.jsoup.Jsoup;

/**
 * The search index, {@code assets/search-index.js}: one entry per control, clause, document, system, risk, evidence
 * record and role, with its id, title, kind, page, a short excerpt and the distinct words of its text. The browser
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
    static byte[] script(Views views, Function<String, String> bodies) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            out.write("window.AIMS_SEARCH = ".getBytes(StandardCharsets.UTF_8));
            try (JsonGenerator json = JSON.createGenerator(out)) {
                // The output is a script: keep characters that end a script or a line in JavaScript escaped.
                json.setHighestNonEscapedChar(0x7e);
                json.writeStartArray();
                Function<String, Target> target = id -> views.getHandbook().index().get(id);
                for (ControlStatus c : views.controls()) {
                    String text = c.control().summary() + " " + (c.decision() == null ? ""
                            : plain(c.decision().justification()) + " " + plain(c.decision().implementation()
                                    .markdown()) + " " + nz(c.decision().inherited()));
                    entry(json, target.apply(c.control().id()), c.control().summary(), text);
                }
                for (Clause c : views.clauses()) {
                    entry(json, target.apply(c.id()), c.summary(), c.summary());
                }
                for (Document d : views.documents()) {
                    String html = bodies.apply(d.id());
                    String text = html == null ? "" : Jsoup.parseBodyFragment(html).text();
                    entry(json, target.apply(d.id()), text, nz(d.type()) + " " + text);
                }
                for (AiSystem s : views.systems()) {
                    entry(json, target.apply(s.id()), nz(s.purpose()), String.join(" ", nz(s.purpose()), nz(s.humanOversight()),
                            String.join(" ", s.aiRoles()), nz(s.lifecycle()), nz(s.riskClass()),
                            values(s.dataInputs()), values(s.models()), values(s.dataOutputs())));
                }
                for (Risk r : views.risks()) {
                    String description = plain(r.description().markdown());
                    entry(json, target.apply(r.id()), description, nz(r.category()) + " " + description);
                }
                for (EvidenceRecord e : views.evidence()) {
                    entry(json, target.apply(e.id()), nz(e.kind()), nz(e.kind()));
                }
                for (Role r : views.roles()) {
                    String text = plain(r.responsibilities().markdown());
                    entry(json, target.apply(r.id()), text, nz(r.holder()) + " " + text);
                }
                json.writeEndArray();
            }
            out.write(";\n".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
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

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String values(List<Map<String, String>> rows) {
        StringBuilder b = new StringBuilder();
        rows.forEach(r -> r.values().forEach(v -> b.append(v).append(' ')));
        return b.toString();
    }
}
