package io.github.aimshandbook.engine.starter;

import java.nio.file.Path;
import java.util.List;

/**
 * What writing the starter AIMS did: the files it created and the files it left alone, each by its path relative to
 * the content folder, in the order of the starter's list.
 */
public record StarterResult(Path contentDirectory, List<String> written, List<Skipped> skipped) {

    /** A starter file that was not written, and why, in words for the user. */
    public record Skipped(String path, String reason) {
    }

    public StarterResult {
        written = List.copyOf(written);
        skipped = List.copyOf(skipped);
    }

    /** True when the folder already held every starter file, so that nothing was written. */
    public boolean changedNothing() {
        return written.isEmpty();
    }
}
