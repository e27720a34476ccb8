package io.github.aimshandbook.engine.importer;

import io.github.aimshandbook.engine.model.Catalog;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Gives imported documents and roles ids that the content format accepts: they start with a letter, hold only
 * letters, digits, '.', '_' and '-', do not look like a catalog id (A.5.2, 6.1), and are unique in the one id space
 * of a handbook, compared without case so that no two ids differ only by it. Not thread-safe: one per import.
 */
final class Ids {

    private final Set<String> taken = new HashSet<>();

    /**
     * {@code written} made valid ("POL 01" is POL-01, "01 AI Policy" is doc-01-AI-Policy) and unique: a clash gets
     * "-2", "-3" ... appended.
     */
    String claim(String written, String fallback) {
        String id = valid(written);
        if (id.isEmpty()) {
            id = valid(fallback);
        }
        if (id.isEmpty()) {
            id = "doc";
        }
        String unique = id;
        for (int n = 2; taken.contains(unique.toLowerCase(Locale.ROOT)); n++) {
            unique = id + "-" + n;
        }
        taken.add(unique.toLowerCase(Locale.ROOT));
        return unique;
    }

    /** Whether {@code id} was claimed already, compared without case. */
    boolean isTaken(String id) {
        return taken.contains(id.toLowerCase(Locale.ROOT));
    }

    /** The id of a file name or a title: lower case words joined by '-' ("01 AI Policy.md" is doc-01-ai-policy). */
    static String kebab(String text) {
        return valid(text.toLowerCase(Locale.ROOT));
    }

    /** {@code written} as a valid id, or "" when nothing of it can be kept. */
    static String valid(String written) {
        String ascii = Normalizer.normalize(written, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String id = ascii.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-")
                .replaceAll("^[-._]+|[-._]+$", "");
        if (id.isEmpty()) {
            return "";
        }
        if (!Character.isLetter(id.charAt(0)) || Catalog.looksLikeCatalogId(id)) {
            id = "doc-" + id;
        }
        return id;
    }
}
