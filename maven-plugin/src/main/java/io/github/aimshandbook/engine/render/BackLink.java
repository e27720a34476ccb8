package io.github.aimshandbook.engine.render;

/**
 * A link from the handbook's header back to the site it is part of, such as the Maven project site when the handbook
 * is built as a report. {@code href} is relative to the handbook's root folder (e.g. {@code ../index.html}), so that
 * the handbook still works under any path; every page adjusts it to its own depth.
 */
public record BackLink(String label, String href) {

    public BackLink {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("A back link needs a label.");
        }
        if (href == null || href.isBlank() || href.startsWith("/") || href.contains("\\")
                || href.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") || href.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("The back link '" + href + "' must be a relative link to a file,"
                    + " such as ../index.html.");
        }
    }
}
