package io.github.aimshandbook.engine.model;

/** A file under the content root that is copied into the handbook; {@code path} is relative to the root. */
public record Attachment(String path, Location location) {
}
