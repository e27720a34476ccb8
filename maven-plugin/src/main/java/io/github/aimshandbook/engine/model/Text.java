package io.github.aimshandbook.engine.model;

import java.util.List;

/**
 * A piece of Markdown written inside YAML (a scope statement, an implementation description), with where it starts
 * and the references and file links found in it.
 */
public record Text(String markdown, Location location, List<Ref> references, List<FileLink> fileLinks) {

    public static final Text EMPTY = new Text("", Location.of(""), List.of(), List.of());

    public Text {
        references = List.copyOf(references);
        fileLinks = List.copyOf(fileLinks);
    }

    public boolean isBlank() {
        return markdown == null || markdown.isBlank();
    }
}
