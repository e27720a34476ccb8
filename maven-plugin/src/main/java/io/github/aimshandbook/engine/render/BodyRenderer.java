package io.github.aimshandbook.engine.render;

/**
 * Turns one kind of markup into an HTML fragment with the final addresses of its links and references, as
 * {@code targets} gives them for the output the fragment is for. Implementations are thread-safe.
 */
interface BodyRenderer {

    String toHtml(String markup, LinkTargets targets);
}
