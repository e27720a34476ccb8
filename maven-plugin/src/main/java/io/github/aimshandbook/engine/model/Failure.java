package io.github.aimshandbook.engine.model;

import java.util.Map;

/**
 * A throwable that one file caused in a stage, turned into a finding that names the file: a library that overflows
 * its stack on a document, or a bug, must not end the run and take every other finding with it. The message says
 * which library gave up and how, for the user to find the cause and for a bug report.
 */
public final class Failure {

    /** Package prefixes of the libraries content goes through, by the name users know them by. */
    private static final Map<String, String> LIBRARIES = Map.of("com.vladsch.flexmark.", "flexmark-java (Markdown)",
            "org.jruby.", "Asciidoctor (AsciiDoc)", "org.asciidoctor.", "Asciidoctor (AsciiDoc)", "org.jsoup.",
            "jsoup (HTML)", "com.openhtmltopdf.", "openhtmltopdf (PDF)", "org.apache.pdfbox.", "PDFBox (PDF)",
            "org.yaml.snakeyaml.", "SnakeYAML (YAML)", "freemarker.", "Freemarker (templates)",
            "org.apache.batik.", "Batik (SVG in the PDF)");

    private Failure() {
    }

    /**
     * Reports that {@code doing} (e.g. "Reading the document") failed on the file at {@code where} with {@code
     * thrown}, and what happens instead ({@code instead}, e.g. "The document is left out").
     */
    public static void report(Findings findings, String code, Location where, String doing, String instead,
            Throwable thrown) {
        String what = thrown instanceof StackOverflowError ? "ran out of stack (StackOverflowError)"
                : thrown instanceof OutOfMemoryError ? "ran out of memory (OutOfMemoryError)"
                : "failed with " + thrown.getClass().getSimpleName()
                        + (thrown.getMessage() == null ? "" : ": " + shorten(thrown.getMessage()));
        findings.error(code, where, doing + " " + what + " in " + library(thrown) + ". " + instead + "; the rest of"
                + " the content is checked as usual. Look for very deep nesting (block quotes, lists, brackets,"
                + " blocks) or very long lines in this file; if it has none, this is a bug of the AIMS Handbook"
                + " plugin: please report it with the file.");
    }

    /** The library in whose code the throwable arose: the first frame of a known one, else the plugin. */
    static String library(Throwable thrown) {
        for (StackTraceElement frame : thrown.getStackTrace()) {
            for (Map.Entry<String, String> library : LIBRARIES.entrySet()) {
                if (frame.getClassName().startsWith(library.getKey())) {
                    return library.getValue();
                }
            }
        }
        return "the AIMS Handbook plugin";
    }

    private static String shorten(String message) {
        String line = message.strip().lines().findFirst().orElse("");
        return line.length() <= 200 ? line : line.substring(0, 197) + "...";
    }
}
