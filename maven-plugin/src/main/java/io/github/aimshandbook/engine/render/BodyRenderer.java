package io.github.aimshandbook.engine.render;

/**
 * Turns one kind of markup into an HTML fragment. References come out as links to {@code aims-ref:ID}, and relative
 * links stay as written; {@link BodyLinks} then points them at the handbook's pages. Implementations are thread-safe.
 */
interface BodyRenderer {

    String toHtml(String markup, String sourceFile);
}
