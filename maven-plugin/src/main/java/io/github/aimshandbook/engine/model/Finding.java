package io.github.aimshandbook.engine.model;

import java.util.Comparator;

/** One result of the checks, with a stable code that users can look up in the documentation. */
public record Finding(Severity severity, String code, String message, Location location) {

    /** Orders findings the way a reader walks the files: by file, line, column, then code. */
    public static final Comparator<Finding> READING_ORDER = Comparator
            .comparing((Finding f) -> f.location().file())
            .thenComparingInt(f -> f.location().line())
            .thenComparingInt(f -> f.location().column())
            .thenComparing(Finding::code)
            .thenComparing(Finding::message);

    public Finding {
        if (severity == null || code == null || message == null || location == null) {
            throw new IllegalArgumentException("a finding needs severity, code, message and location");
        }
    }

    /** The form editors and CI annotate: {@code path:line:column: severity: message [code]}. */
    public String format(String pathPrefix) {
        String where = location.file().isEmpty() ? pathPrefix.replaceAll("/$", "") : pathPrefix + location.file();
        if (location.line() > 0) {
            where += ":" + location.line() + ":" + location.column();
        }
        return where + ": " + severity.label() + ": " + message + " [" + code + "]";
    }
}
