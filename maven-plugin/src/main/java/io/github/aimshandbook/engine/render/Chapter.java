package io.github.aimshandbook.engine.render;

import java.util.List;

/**
 * A numbered chapter of the PDF as {@code print.ftlh} lays it out: its anchor ({@code id}), number and title, the
 * macro that prints it, the items it prints, their entries in the contents page and the outline, and the typed view
 * of its section's web page ({@code view}), which the macro reads as that page's template does.
 */
public record Chapter(String id, int number, String title, String macro, List<?> items, List<Entry> entries,
        Record view) {

    /** An entry of the contents: the anchor of an item inside the PDF, and its title. */
    public record Entry(String anchor, String title) {
    }
}
