package io.github.aimshandbook.engine.model;

/** An Annex C objective; {@code key} is the word risks use as their category. */
public record AiObjective(String id, String key, String name, String summary) {
}
