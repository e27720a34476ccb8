package io.github.aimshandbook.engine.load;

import io.github.aimshandbook.engine.model.Attachment;
import io.github.aimshandbook.engine.model.Findings;
import io.github.aimshandbook.engine.model.Location;
import io.github.aimshandbook.engine.tree.ContentTree;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Resolves file paths written in content against the content tree, refusing anything that ends up outside it once
 * symbolic links are followed ({@link ContentTree} decides): a handbook must never publish a file from elsewhere on
 * the build machine.
 */
public final class Attachments {

    private final ContentTree tree;
    private final Findings findings;

    public Attachments(ContentTree tree, Findings findings) {
        this.tree = tree;
        this.findings = findings;
    }

    /** Resolves a path relative to the content root. */
    Optional<Attachment> resolve(String written, Location where, String what) {
        return resolveFrom("", written, where, what);
    }

    /**
     * Resolves {@code written} relative to the folder {@code fromDir} (relative to the root, "" for the root itself)
     * and returns the attachment with its root-relative path.
     */
    public Optional<Attachment> resolveFrom(String fromDir, String written, Location where, String what) {
        if (written.contains("://") || written.startsWith("/") || written.matches("^[A-Za-z]:.*")) {
            findings.error("outside-content-root", where, YamlMap.capitalize(what) + " '" + written + "' must be a path"
                    + " relative to the content, such as files/report.pdf.");
            return Optional.empty();
        }
        Path candidate;
        try {
            candidate = tree.root().resolve(fromDir).resolve(written).normalize();
        } catch (InvalidPathException e) {
            findings.error("missing-file", where, YamlMap.capitalize(what) + " '" + written + "' is not a path that"
                    + " a file can have: " + e.getReason() + ".");
            return Optional.empty();
        }
        if (!candidate.startsWith(tree.root())) {
            findings.error("outside-content-root", where, YamlMap.capitalize(what) + " '" + written
                    + "' points outside the content folder. Copy the file under files/ and refer to it there.");
            return Optional.empty();
        }
        String path = tree.root().relativize(candidate).toString().replace('\\', '/');
        Optional<ContentTree.Entry> file = tree.file(path);
        if (file.isEmpty()) {
            findings.error("missing-file", where, YamlMap.capitalize(what) + " '" + written + "' does not exist (looked"
                    + " for " + path + " in the content folder).");
            return Optional.empty();
        }
        if (!file.get().inside()) {
            findings.error("outside-content-root", where, YamlMap.capitalize(what) + " '" + written
                    + "' is a link to a file outside the content folder; copy the file in instead.");
            return Optional.empty();
        }
        return Optional.of(new Attachment(path, where));
    }
}
