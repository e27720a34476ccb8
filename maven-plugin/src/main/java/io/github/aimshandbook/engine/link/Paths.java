package io.github.aimshandbook.engine.link;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** Root-relative path arithmetic on '/'-separated strings, without touching the disk. */
public final class Paths {

    private Paths() {
    }

    /**
     * Resolves {@code written} against the folder of {@code fromFile} (both relative to the content root). Empty
     * when the result would leave the root.
     */
    public static Optional<String> resolve(String fromFile, String written) {
        if (written.startsWith("/") || written.startsWith("\\") || written.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            return Optional.empty(); // absolute paths and URLs lead out of the content
        }
        int slash = fromFile.lastIndexOf('/');
        String base = slash < 0 ? "" : fromFile.substring(0, slash);
        Deque<String> parts = new ArrayDeque<>();
        for (String p : (base.isEmpty() ? written : base + "/" + written).split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(p);
            }
        }
        return Optional.of(String.join("/", parts));
    }

    /** The prefix that leads from a page back to the handbook root: "" or "../". */
    public static String toRoot(String page) {
        return "../".repeat((int) page.chars().filter(c -> c == '/').count());
    }
}
