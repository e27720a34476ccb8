package io.github.aimshandbook.engine.model;

/** An Annex A area (A.2 to A.10) or objective group (A.6.1, A.6.2). */
public record Area(String id, String title, String objective) {
}
