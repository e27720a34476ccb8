package io.github.aimshandbook.engine;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * One run's settings. {@code render} false checks only and writes just the report; {@code writeWithErrors} lets a
 * handbook be written although the content has errors (the build does not fail on them).
 */
public record Options(Path contentDirectory, Path outputDirectory, LocalDate today, boolean render,
        boolean writeWithErrors) {

    public Options {
        if (contentDirectory == null || outputDirectory == null || today == null) {
            throw new IllegalArgumentException("content folder, output folder and date are required");
        }
    }
}
