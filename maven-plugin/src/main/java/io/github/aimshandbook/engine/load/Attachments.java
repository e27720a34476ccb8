package io.github.aimshandbook.engine.load;

import io.github.aimshandbook.engine.model.Attachment;
import io.github.aimshandbook.engine.model.Findings;
import io.github.aimshandbook.engine.model.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Resolves file paths written in content against the content root, refusing anything that ends up outside it once
 * symbolic links are followed: a handbook must never publish a file from elsewhere on the build machine.
 */
public final class Attachments {

    private final Path root;
    private final Findings findings;

    public Attachments(Path root, Findings findings) {
        this.root = root;
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
        try {
            Path realRoot = root.toRealPath();
            Path candidate = realRoot.resolve(fromDir).resolve(written).normalize();
            if (!candidate.startsWith(realRoot)) {
                findings.error("outside-content-root", where, YamlMap.capitalize(what) + " '" + written
                        + "' points outside the content folder. Copy the file under files/ and refer to it there.");
                return Optional.empty();
            }
            if (!Files.isRegularFile(candidate)) {
                findings.error("missing-file", where, YamlMap.capitalize(what) + " '" + written + "' does not exist (looked"
                        + " for " + realRoot.relativize(candidate).toString().replace('\\', '/')
                        + " in the content folder).");
                return Optional.empty();
            }
            Path real = candidate.toRealPath();
            if (!real.startsWith(realRoot)) {
                findings.error("outside-content-root", where, YamlMap.capitalize(what) + " '" + written
                        + "' is a link to a file outside the content folder; copy the file in instead.");
                return Optional.empty();
            }
            return Optional.of(new Attachment(realRoot.relativize(candidate).toString().replace('\\', '/'), where));
        } catch (IOException e) {
            findings.error("unreadable-file", where, "Cannot read " + what + " '" + written + "': " + e.getMessage());
            return Optional.empty();
        }
    }
}
