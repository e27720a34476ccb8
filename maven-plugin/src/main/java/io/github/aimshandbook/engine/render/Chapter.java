package io.github.aimshandbook.engine.render;

import java.util.List;

/**
 * A numbered chapter of the PDF as {@code print.ftlh} lays it out: its anchor ({@code id}), number and title, the
 * macro that prints it, the items it prints, and their entries in the contents page and the outline.
 */
public record Chapter(String id, int number, String title, String macro, List<?> items, List<Entry> entries) {

    /** An entry of the contents: the anchor of an item inside the PDF, and its title. */
    public record Entry(String anchor, String title) {
    }
}
