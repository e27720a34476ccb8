package io.github.aimshandbook.engine.load;

import com.vladsch.flexmark.util.ast.Document;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Markdown bodies that the load stage parsed (to find references), kept for the render stage so that each body
 * is parsed once per build. A tree is handed out once, since rendering changes it, and only for the very text it was
 * parsed from. Thread-safe. A check-only run keeps none.
 */
public final class ParsedMarkdown {

    private record Parsed(String text, Document document) {
    }

    private final Map<String, Parsed> byPath = new ConcurrentHashMap<>();

    void put(String path, String text, Document document) {
        byPath.put(path, new Parsed(text, document));
    }

    /** The tree of the document at {@code path} if it was parsed from {@code text}, removed from this store. */
    public Optional<Document> take(String path, String text) {
        Parsed parsed = byPath.remove(path);
        return parsed != null && parsed.text().equals(text) ? Optional.of(parsed.document()) : Optional.empty();
    }
}
