package io.github.aimshandbook.engine.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The examples of a CommonMark-style specification text (spec.txt, gfm-spec.txt), read the way the specs' own
 * runners read them: a block fenced by 32 backticks and "example" (with an optional extension name), Markdown
 * before the line holding a single ".", the expected HTML after it, and "→" standing for a tab.
 */
record SpecExamples(String name, List<Example> all) {

    private static final String FENCE = "````````````````````````````````";

    record Example(int number, String section, String extension, int line, String markdown, String html) {

        @Override
        public String toString() {
            return "example " + number + " (" + section + ", line " + line + ")";
        }
    }

    /** Reads a spec from the test class path, where the commonmark-test-util artifact puts its spec files. */
    static SpecExamples read(String resource) {
        try (InputStream in = SpecExamples.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test class path: it comes with"
                        + " org.commonmark:commonmark-test-util (see the parent pom)");
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SpecExamples parse(String name, String text) {
        List<Example> examples = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        String section = "";
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith(FENCE + " example")) {
                String extension = line.substring((FENCE + " example").length()).strip();
                int start = i + 1;
                StringBuilder markdown = new StringBuilder();
                StringBuilder html = new StringBuilder();
                StringBuilder into = markdown;
                for (i = start; i < lines.length && !lines[i].equals(FENCE); i++) {
                    if (into == markdown && lines[i].equals(".")) {
                        into = html;
                    } else {
                        into.append(lines[i]).append('\n');
                    }
                }
                examples.add(new Example(examples.size() + 1, section, extension, start,
                        markdown.toString().replace('→', '\t'), html.toString().replace('→', '\t')));
            } else if (line.startsWith("#")) {
                section = line.replaceFirst("^#+\\s*", "").strip();
            }
        }
        return new SpecExamples(name, List.copyOf(examples));
    }

    List<Example> inSection(String section) {
        return all.stream().filter(e -> e.section().equals(section)).toList();
    }
}
