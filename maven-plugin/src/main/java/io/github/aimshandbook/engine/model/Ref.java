package io.github.aimshandbook.engine.model;

/** An id as an author wrote it, and where: resolved by the link stage. */
public record Ref(String id, Location location) {

    public Ref {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("a reference needs an id");
        }
    }
}
