package io.github.aimshandbook.engine;

import io.github.aimshandbook.engine.model.Finding;
import io.github.aimshandbook.engine.model.Location;
import java.util.List;

/**
 * Invariants shared by the fuzz tests: whatever the input, a finding points into the file it names, at a line and
 * column the file has, and its message stays in proportion to the input. Failures throw AssertionError, which
 * Jazzer reports as a finding with the input that caused it.
 */
public final class FuzzChecks {

    /** A message may quote the input, but never grows beyond it by more than the explanation around it. */
    private static final int MESSAGE_OVERHEAD = 2_000;

    private FuzzChecks() {
    }

    /** {@code text} is the whole file as the loader sees it (UTF-8 decoded, line ends normalised to '\n'). */
    public static void assertWithin(Location at, String file, String text) {
        if (!at.file().equals(file)) {
            throw new AssertionError("location names " + at.file() + ", but the input was " + file);
        }
        if (at.line() == 0) {
            if (at.column() != 0) {
                throw new AssertionError("a whole-file location has column " + at.column());
            }
            return;
        }
        String[] lines = text.split("\n", -1);
        if (at.line() < 1 || at.line() > lines.length) {
            throw new AssertionError("line " + at.line() + " is outside the input's " + lines.length + " lines: "
                    + at);
        }
        int width = lines[at.line() - 1].length();
        if (at.column() < 1 || at.column() > width + 1) {
            throw new AssertionError("column " + at.column() + " is outside line " + at.line() + " of " + width
                    + " characters: " + at);
        }
    }

    public static void assertFindings(List<Finding> findings, String file, String text) {
        if (findings.size() > text.length() + 16) {
            throw new AssertionError(findings.size() + " findings for " + text.length() + " characters of input");
        }
        for (Finding f : findings) {
            assertWithin(f.location(), file, text);
            if (f.message().length() > 2 * text.length() + MESSAGE_OVERHEAD) {
                throw new AssertionError("a message of " + f.message().length() + " characters for an input of "
                        + text.length() + ": " + f.code());
            }
            if (f.message().isBlank() || !f.code().matches("[a-z0-9-]+")) {
                throw new AssertionError("a finding without a message or with a malformed code: " + f);
            }
        }
    }
}
