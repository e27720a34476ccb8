package io.github.aimshandbook.engine.importer;

import java.util.List;

/**
 * One document as the import writes it: where it came from and goes, the front matter it inferred, and the body.
 * {@code inferred} says where each value came from and {@code missing} what could not be inferred, in words for the
 * report; {@code changes} are the links and citations the author should look at, by line of the new file.
 */
record ImportedDocument(
        String source,
        String target,
        String id,
        String title,
        String type,
        String owner,
        String version,
        String status,
        String approvedBy,
        String approvedOn,
        String reviewEvery,
        String lastReviewed,
        List<String> controls,
        List<String> clauses,
        String frontMatter,
        String body,
        List<String> inferred,
        List<String> missing) {

    ImportedDocument {
        controls = List.copyOf(controls);
        clauses = List.copyOf(clauses);
        inferred = List.copyOf(inferred);
        missing = List.copyOf(missing);
    }

    /** The file as written: front matter, then the body. */
    String text() {
        return frontMatter + body;
    }
}
