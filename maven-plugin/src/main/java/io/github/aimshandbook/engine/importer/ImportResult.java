package io.github.aimshandbook.engine.importer;

import java.nio.file.Path;
import java.util.List;

/**
 * What an import wrote: the files (relative to the content folder, in the order written), the report's path, the
 * lines of its summary, and each thing it could not infer, one line each, for the log.
 */
public record ImportResult(Path contentDirectory, List<String> written, String report, List<String> summary,
        List<String> couldNotInfer) {

    public ImportResult {
        written = List.copyOf(written);
        summary = List.copyOf(summary);
        couldNotInfer = List.copyOf(couldNotInfer);
    }
}
