package io.github.aimshandbook.maven;

import io.github.aimshandbook.engine.Result;
import io.github.aimshandbook.engine.UserError;
import io.github.aimshandbook.engine.model.Finding;
import io.github.aimshandbook.engine.model.Severity;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.apache.maven.plugin.logging.Log;

/** What the goals share besides parameters: the run's date, where files are shown from, and how findings are logged. */
final class GoalSupport {

    private GoalSupport() {
    }

    /**
     * The date that reviews and validity are judged against: {@code aims.today} if set, else the date of
     * {@code project.build.outputTimestamp} (reproducible builds), else today in UTC.
     *
     * @throws UserError when {@code today} is not a date
     */
    static LocalDate judgementDate(String today, String outputTimestamp, Log log) {
        if (today != null && !today.isBlank()) {
            try {
                return LocalDate.parse(today.strip());
            } catch (DateTimeParseException e) {
                throw UserError.configuration("The date to judge reviews against is not a date", "today", "'"
                        + today + "' is not a date.", "Write it as YYYY-MM-DD, e.g. -Daims.today=2026-03-01.");
            }
        }
        if (outputTimestamp != null && outputTimestamp.length() > 1) {
            try {
                if (outputTimestamp.chars().allMatch(Character::isDigit)) {
                    return Instant.ofEpochSecond(Long.parseLong(outputTimestamp)).atOffset(ZoneOffset.UTC)
                            .toLocalDate();
                }
                return OffsetDateTime.parse(outputTimestamp).toLocalDate();
            } catch (DateTimeParseException | NumberFormatException e) {
                log.debug("project.build.outputTimestamp is not a date; judging reviews against today.");
            }
        }
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** {@code folder} as the user sees it from the project folder ("src/aims"), or absolute when outside it. */
    static String relative(File baseDirectory, File folder) {
        Path base = baseDirectory == null ? Path.of("").toAbsolutePath() : baseDirectory.toPath().toAbsolutePath();
        Path path = folder.toPath().toAbsolutePath().normalize();
        String shown = path.startsWith(base) ? base.relativize(path).toString() : path.toString();
        return shown.replace('\\', '/');
    }

    /** Logs every finding on one line, at the level of its severity, with paths as seen from the project folder. */
    static void logFindings(Log log, Result result, String prefix) {
        for (Finding f : result.findings()) {
            switch (f.severity()) {
                case ERROR -> log.error(f.format(prefix));
                case WARNING -> log.warn(f.format(prefix));
                default -> log.info(f.format(prefix));
            }
        }
    }

    /** "0 error(s), 6 warning(s); 37 of 38 controls applicable, 35 with evidence, 2 gap(s)". */
    static String summary(Result result) {
        String summary = result.count(Severity.ERROR) + " error(s), " + result.count(Severity.WARNING) + " warning(s)";
        if (result.readiness() != null) {
            var r = result.readiness();
            summary += "; " + r.applicable() + " of " + r.controls() + " controls applicable, " + r.withEvidence()
                    + " with evidence, " + r.gaps().size() + " gap(s)";
        }
        return summary;
    }
}
