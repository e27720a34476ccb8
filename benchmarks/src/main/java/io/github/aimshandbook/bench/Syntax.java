package io.github.aimshandbook.bench;

import java.util.List;

/**
 * The markup of one document format. The generator builds each document once from a seed and writes it through a
 * Syntax, so the Markdown and AsciiDoc variants of a corpus hold exactly the same words, tables and references.
 */
enum Syntax {

    MARKDOWN("md") {
        @Override
        String title(String text) {
            return "# " + text + "\n";
        }

        @Override
        String heading(int level, String text) {
            return "#".repeat(level) + " " + text + "\n";
        }

        @Override
        String ref(String id, String label) {
            return label == null ? "[[" + id + "]]" : "[[" + id + "|" + label + "]]";
        }

        @Override
        String bullets(List<String> items) {
            StringBuilder s = new StringBuilder();
            items.forEach(i -> s.append("- ").append(i).append('\n'));
            return s.toString();
        }

        @Override
        String numbered(List<String> items) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < items.size(); i++) {
                s.append(i + 1).append(". ").append(items.get(i)).append('\n');
            }
            return s.toString();
        }

        @Override
        String table(List<String> header, List<List<String>> rows) {
            StringBuilder s = new StringBuilder();
            s.append("| ").append(String.join(" | ", header)).append(" |\n");
            s.append("|").append("---|".repeat(header.size())).append('\n');
            rows.forEach(r -> s.append("| ").append(String.join(" | ", r)).append(" |\n"));
            return s.toString();
        }

        @Override
        String bold(String text) {
            return "**" + text + "**";
        }
    },

    ASCIIDOC("adoc") {
        @Override
        String title(String text) {
            return "= " + text + "\n";
        }

        @Override
        String heading(int level, String text) {
            return "=".repeat(level) + " " + text + "\n";
        }

        @Override
        String ref(String id, String label) {
            return "ref:" + id + "[" + (label == null ? "" : label) + "]";
        }

        @Override
        String bullets(List<String> items) {
            StringBuilder s = new StringBuilder();
            items.forEach(i -> s.append("* ").append(i).append('\n'));
            return s.toString();
        }

        @Override
        String numbered(List<String> items) {
            StringBuilder s = new StringBuilder();
            items.forEach(i -> s.append(". ").append(i).append('\n'));
            return s.toString();
        }

        @Override
        String table(List<String> header, List<List<String>> rows) {
            StringBuilder s = new StringBuilder();
            s.append("[cols=\"").append(String.join(",", java.util.Collections.nCopies(header.size(), "1")))
                    .append("\",options=\"header\"]\n|===\n");
            s.append("| ").append(String.join(" | ", header)).append("\n\n");
            rows.forEach(r -> s.append("| ").append(String.join(" | ", r)).append('\n'));
            return s.append("|===\n").toString();
        }

        @Override
        String bold(String text) {
            return "*" + text + "*";
        }
    };

    private final String extension;

    Syntax(String extension) {
        this.extension = extension;
    }

    String extension() {
        return extension;
    }

    /** The document title line (level 1). */
    abstract String title(String text);

    /** A section heading; level 2 is a top-level section. */
    abstract String heading(int level, String text);

    /** A reference to an id of the handbook: {@code [[ID]]} or {@code ref:ID[]}, with an optional link text. */
    abstract String ref(String id, String label);

    abstract String bullets(List<String> items);

    abstract String numbered(List<String> items);

    abstract String table(List<String> header, List<List<String>> rows);

    abstract String bold(String text);

    static Syntax of(String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "md", "markdown" -> MARKDOWN;
            case "adoc", "asciidoc" -> ASCIIDOC;
            default -> throw new IllegalArgumentException("Unknown format '" + name + "': use md or adoc.");
        };
    }
}
