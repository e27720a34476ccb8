package io.github.aimshandbook.maven;

import io.github.aimshandbook.engine.Result;
import io.github.aimshandbook.engine.check.Readiness;
import io.github.aimshandbook.engine.model.Finding;
import io.github.aimshandbook.engine.model.Severity;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.logging.Log;

/**
 * Findings where a reviewer of a pull request looks, when the build runs in GitHub Actions: one workflow command per
 * finding ({@code ::error file=...,line=...::message}), which GitHub shows on the line in the diff, and a Markdown
 * job summary with the readiness, the gaps and the errors.
 */
final class GithubActions {

    /** The job summary stays readable (and far below GitHub's 1 MiB limit) however many errors there are. */
    static final int MAX_SUMMARY_ROWS = 50;

    private final Map<String, String> environment;

    GithubActions(Map<String, String> environment) {
        this.environment = environment;
    }

    /** True in a GitHub Actions job, which sets GITHUB_ACTIONS=true. */
    boolean active() {
        return "true".equals(environment.get("GITHUB_ACTIONS"));
    }

    /** Prints the annotations to {@code out} and appends the summary to $GITHUB_STEP_SUMMARY, when active. */
    void report(Result result, String sourcePrefix, String goal, PrintStream out, Log log) {
        if (!active()) {
            return;
        }
        annotations(result.findings(), sourcePrefix).forEach(out::println);
        out.flush();
        String file = environment.get("GITHUB_STEP_SUMMARY");
        if (file == null || file.isBlank()) {
            return;
        }
        try {
            Files.writeString(Path.of(file), summary(result, sourcePrefix, goal), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not add the AIMS findings to the job summary (GITHUB_STEP_SUMMARY=" + file + "): "
                    + e.getMessage());
        }
    }

    /** One workflow command per finding, in reading order; paths as seen from the repository root. */
    static List<String> annotations(List<Finding> findings, String sourcePrefix) {
        List<String> lines = new ArrayList<>();
        for (Finding f : findings) {
            String command = switch (f.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                default -> "notice";
            };
            StringBuilder line = new StringBuilder("::").append(command).append(" file=")
                    .append(property(path(sourcePrefix, f)));
            if (f.location().line() > 0) {
                line.append(",line=").append(f.location().line());
                if (f.location().column() > 0) {
                    line.append(",col=").append(f.location().column());
                }
            }
            line.append(",title=").append(property("AIMS " + f.code())).append("::").append(data(f.message()));
            lines.add(line.toString());
        }
        return lines;
    }

    /** The job summary: the verdict, readiness, gaps and the errors with their places. */
    static String summary(Result result, String sourcePrefix, String goal) {
        long errors = result.count(Severity.ERROR);
        long warnings = result.count(Severity.WARNING);
        StringBuilder md = new StringBuilder();
        md.append("## AIMS ").append(goal).append(": ").append(errors).append(errors == 1 ? " error, " : " errors, ")
                .append(warnings).append(warnings == 1 ? " warning" : " warnings").append("\n\n");
        Readiness r = result.readiness();
        if (r != null) {
            md.append("| Readiness | Controls |\n|---|---:|\n")
                    .append("| Applicable | ").append(r.applicable()).append(" of ").append(r.controls()).append(" |\n")
                    .append("| With evidence | ").append(r.withEvidence()).append(" |\n")
                    .append("| Documented | ").append(r.documented()).append(" |\n")
                    .append("| Evidenced | ").append(r.evidenced()).append(" |\n")
                    .append("| Current | ").append(r.current()).append(" |\n")
                    .append("| Gaps | ").append(r.gaps().size()).append(" |\n\n");
            md.append(r.gaps().isEmpty() ? "No gaps: every applicable control has evidence.\n\n"
                    : "**Gaps** (applicable controls without evidence): " + String.join(", ", r.gaps()) + "\n\n");
        }
        List<Finding> errorList = result.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        if (!errorList.isEmpty()) {
            md.append("### Errors\n\n| Where | Code | Message |\n|---|---|---|\n");
            for (Finding f : errorList.subList(0, Math.min(MAX_SUMMARY_ROWS, errorList.size()))) {
                String where = path(sourcePrefix, f) + (f.location().line() > 0 ? ":" + f.location().line() + ":"
                        + f.location().column() : "");
                md.append("| `").append(cell(where)).append("` | `").append(f.code()).append("` | ")
                        .append(cell(f.message())).append(" |\n");
            }
            if (errorList.size() > MAX_SUMMARY_ROWS) {
                md.append("\n... and ").append(errorList.size() - MAX_SUMMARY_ROWS)
                        .append(" more errors: see the build log or aims-report.sarif.\n");
            }
            md.append('\n');
        }
        return md.toString();
    }

    private static String path(String sourcePrefix, Finding f) {
        return f.location().file().isEmpty() ? sourcePrefix.replaceAll("/$", "") : sourcePrefix + f.location().file();
    }

    /** A table cell: one line, with its pipes escaped, so that a message cannot break the table. */
    private static String cell(String text) {
        return text.replace("\r", " ").replace("\n", " ").replace("|", "\\|");
    }

    /** The message of a workflow command, escaped as GitHub's toolkit does: %, CR and LF. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property of a workflow command: as {@link #data}, and ':' and ',' too, which end a property. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
