package io.github.aimshandbook.engine.render;

/**
 * Turns one kind of markup into an HTML fragment with the final addresses of its links and references, as
 * {@code targets} gives them for the output the fragment is for. Implementations are thread-safe.
 */
interface BodyRenderer {

    /** {@code targets} null leaves links as written (a renderer test of the markup alone). */
    String toHtml(String markup, LinkTargets targets);
}
