package io.github.aimshandbook.engine.model;

/** An Annex A control of the catalog. */
public record Control(String id, String title, String area, String group, String summary) {
}
