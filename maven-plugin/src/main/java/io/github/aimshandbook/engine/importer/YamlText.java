package io.github.aimshandbook.engine.importer;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the YAML of the files the import creates, by hand rather than by a YAML dumper, so that the files read like
 * the ones people write (comments, keys in the contract's order) and are the same bytes for the same input. Every
 * string that is not an id is double-quoted with YAML's escapes, so no value can change the file's structure.
 * Stateless.
 */
final class YamlText {

    private YamlText() {
    }

    /** {@code text} as a double-quoted YAML scalar on one line. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\ufeff') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** A flow list of quoted strings: {@code ["5.2", "6.1.2"]}. */
    static String list(List<String> items) {
        return items.stream().map(YamlText::quote).collect(Collectors.joining(", ", "[", "]"));
    }

    /** {@code text} as a literal block scalar ({@code |}) indented by {@code indent} spaces, for Markdown values. */
    static String block(String text, int indent) {
        String pad = " ".repeat(indent);
        return "|\n" + text.strip().lines().map(l -> l.isBlank() ? "" : pad + l.stripTrailing())
                .collect(Collectors.joining("\n")) + "\n";
    }
}
