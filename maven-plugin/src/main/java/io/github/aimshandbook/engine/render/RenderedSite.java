package io.github.aimshandbook.engine.render;

import java.nio.file.Path;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything the handbook consists of, by path relative to the output folder: generated files and content files to
 * copy. Sorted, so that writing is deterministic.
 */
public record RenderedSite(SortedMap<String, byte[]> generated, SortedMap<String, Path> copies) {

    public RenderedSite {
        generated = Collections.unmodifiableSortedMap(new TreeMap<>(generated));
        copies = Collections.unmodifiableSortedMap(new TreeMap<>(copies));
    }

    public int size() {
        return generated.size() + copies.size();
    }
}
