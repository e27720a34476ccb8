package io.github.aimshandbook.engine.model;

/**
 * A relative link or image in a document's text, pointing at another content file: {@code path} as written without
 * its {@code #fragment}; {@code fragment} is empty when there is none.
 */
public record FileLink(String path, String fragment, boolean image, Location location) {
}
