package io.github.aimshandbook.engine.load;

import io.github.aimshandbook.engine.model.Document;
import io.github.aimshandbook.engine.model.Findings;
import java.util.Optional;

/** The load stage's reading of one document, for tests of later stages that start from a text. */
public final class DocumentReading {

    private DocumentReading() {
    }

    /** Reads {@code text} as the file {@code path} (a policy unless its metadata says otherwise), as a build does. */
    public static Optional<Document> read(String text, String path, Findings findings) {
        return new DocumentReader(findings).read(text, path, "policy");
    }
}
