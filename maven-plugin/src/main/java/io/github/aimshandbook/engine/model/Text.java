package io.github.aimshandbook.engine.model;

import java.util.List;

/**
 * A piece of Markdown written inside YAML (a scope statement, an implementation description), with where it starts
 * the references and file links found in it, and where it holds raw HTML.
 */
public record Text(String markdown, Location location, List<Ref> references, List<FileLink> fileLinks,
        List<Location> rawHtml) {

    public static final Text EMPTY = new Text("", Location.of(""), List.of(), List.of(), List.of());

    public Text {
        references = List.copyOf(references);
        fileLinks = List.copyOf(fileLinks);
        rawHtml = List.copyOf(rawHtml);
    }

    public boolean isBlank() {
        return markdown == null || markdown.isBlank();
    }
}
