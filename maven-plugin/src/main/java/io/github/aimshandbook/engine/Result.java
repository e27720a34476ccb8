package io.github.aimshandbook.engine;

import io.github.aimshandbook.engine.check.Readiness;
import io.github.aimshandbook.engine.model.Finding;
import io.github.aimshandbook.engine.model.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run did: its findings in reading order, the readiness figures (null when the content could not be read),
 * how many files it wrote (0 when it wrote nothing), the milliseconds each stage took, and whether it found the
 * output up to date and skipped the work (then findings and readiness are those of the run that wrote it).
 */
public record Result(List<Finding> findings, Readiness readiness, int filesWritten, Map<String, Long> timings,
        boolean upToDate) {

    public Result {
        findings = List.copyOf(findings);
        timings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(timings));
    }

    public Result(List<Finding> findings, Readiness readiness, int filesWritten, Map<String, Long> timings) {
        this(findings, readiness, filesWritten, timings, false);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
