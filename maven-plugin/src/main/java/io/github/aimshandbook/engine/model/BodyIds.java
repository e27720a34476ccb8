package io.github.aimshandbook.engine.model;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The ids a document's body has, which a link's {@code #fragment} can name: heading ids and explicit anchors.
 * {@code complete} is false when the load stage cannot know them all without rendering (an AsciiDoc body that
 * includes other files or builds a title from attributes), and then no fragment into the body is reported.
 */
public record BodyIds(SortedSet<String> ids, boolean complete) {

    public static final BodyIds UNKNOWN = new BodyIds(new TreeSet<>(), false);

    public BodyIds {
        ids = Collections.unmodifiableSortedSet(new TreeSet<>(ids));
    }

    /** Whether a link to {@code fragment} in this body is known to lead nowhere. */
    public boolean misses(String fragment) {
        return complete && !ids.contains(fragment);
    }
}
