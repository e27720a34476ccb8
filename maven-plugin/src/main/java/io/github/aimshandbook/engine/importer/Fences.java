package io.github.aimshandbook.engine.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which lines of a Markdown text are fenced code (the fence lines included): the import reads metadata, citations
 * and links everywhere else, and leaves code as it was written. Stateless.
 */
final class Fences {

    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(`{3,}|~{3,}).*");

    private Fences() {
    }

    /** For each line of {@code lines} from {@code from} on, whether it is fenced code or a fence. */
    static boolean[] of(String[] lines, int from) {
        boolean[] fenced = new boolean[lines.length];
        String open = null;
        for (int i = from; i < lines.length; i++) {
            Matcher fence = FENCE.matcher(lines[i]);
            if (fence.matches()) {
                String marker = fence.group(1);
                if (open == null) {
                    open = marker;
                } else if (marker.charAt(0) == open.charAt(0) && marker.length() >= open.length()
                        && lines[i].strip().equals(marker)) {
                    open = null;
                    fenced[i] = true;
                    continue;
                }
            }
            fenced[i] = open != null;
        }
        return fenced;
    }
}
