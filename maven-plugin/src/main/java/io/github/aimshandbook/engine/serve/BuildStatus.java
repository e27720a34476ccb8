package io.github.aimshandbook.engine.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.aimshandbook.engine.model.Finding;
import io.github.aimshandbook.engine.model.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The outcome of one build of the preview, as the page's banner shows it: {@code number} counts the builds, so that
 * an open page can tell that a newer handbook is there; {@code written} is false when the build wrote nothing (errors,
 * or a problem such as a broken template override, in {@code problem}), and the preview still serves the last good
 * handbook.
 */
record BuildStatus(int number, boolean written, String problem, List<Finding> findings, String prefix) {

    private static final JsonFactory JSON = new JsonFactory();

    /** How many findings the banner lists; the terminal has them all. */
    static final int BANNER_FINDINGS = 20;

    BuildStatus {
        findings = List.copyOf(findings);
    }

    long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** What {@code /__aims/status} answers: the banner's data. */
    byte[] json() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeNumberField("build", number);
            json.writeBooleanField("written", written);
            json.writeStringField("problem", problem == null ? "" : problem);
            json.writeNumberField("errors", count(Severity.ERROR));
            json.writeNumberField("warnings", count(Severity.WARNING));
            json.writeArrayFieldStart("findings");
            findings.stream().sorted(java.util.Comparator.comparing((Finding f) -> f.severity()))
                    .limit(BANNER_FINDINGS).forEach(f -> {
                        try {
                            json.writeString(f.format(prefix));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
