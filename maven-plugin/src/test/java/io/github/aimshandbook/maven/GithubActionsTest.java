package io.github.aimshandbook.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimshandbook.engine.Result;
import io.github.aimshandbook.engine.check.Readiness;
import io.github.aimshandbook.engine.model.Finding;
import io.github.aimshandbook.engine.model.Location;
import io.github.aimshandbook.engine.model.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workflow commands and job summary that GitHub Actions turns into annotations on a pull request. */
class GithubActionsTest {

    private static final Finding UNRESOLVED = new Finding(Severity.ERROR, "unresolved-reference",
            "Unresolved reference 'A.6.2.9' in the text: no id has this id. Did you mean A.6.2.2, A.6.2.3 or A.6.2.4?",
            new Location("policies/ai-policy.md", 16, 25));
    private static final Finding GAP = new Finding(Severity.WARNING, "control-gap",
            "Control A.2.2 is applicable but has no evidence.", new Location("soa.yaml", 3, 3));
    private static final Finding WHOLE_FILE = new Finding(Severity.ERROR, "missing-file",
            "The content folder has no soa.yaml.", Location.of("soa.yaml"));

    private static Result result(List<Finding> findings) {
        return new Result(findings, new Readiness(38, 37, 35, 34, 33, 30, List.of("A.2.2", "A.3.3")), 0, Map.of());
    }

    @Test
    void each_finding_becomes_an_annotation_on_its_line_as_seen_from_the_repository_root() {
        assertThat(GithubActions.annotations(List.of(UNRESOLVED, GAP, WHOLE_FILE), "site-example/src/aims/"))
                .containsExactly(
                        "::error file=site-example/src/aims/policies/ai-policy.md,line=16,col=25,"
                                + "title=AIMS unresolved-reference::Unresolved reference 'A.6.2.9' in the text: no id"
                                + " has this id. Did you mean A.6.2.2, A.6.2.3 or A.6.2.4?",
                        "::warning file=site-example/src/aims/soa.yaml,line=3,col=3,title=AIMS control-gap::Control"
                                + " A.2.2 is applicable but has no evidence.",
                        "::error file=site-example/src/aims/soa.yaml,title=AIMS missing-file::The content folder has"
                                + " no soa.yaml.");
    }

    @Test
    void messages_and_properties_are_escaped_as_githubs_toolkit_does() {
        assertThat(GithubActions.data("100% done\r\nnext")).isEqualTo("100%25 done%0D%0Anext");
        assertThat(GithubActions.property("a:b,c%")).isEqualTo("a%3Ab%2Cc%25");
        Finding odd = new Finding(Severity.WARNING, "unknown-key", "two\nlines",
                new Location("dir,with:odd.yaml", 1, 2));
        assertThat(GithubActions.annotations(List.of(odd), "")).containsExactly(
                "::warning file=dir%2Cwith%3Aodd.yaml,line=1,col=2,title=AIMS unknown-key::two%0Alines");
    }

    @Test
    void the_summary_has_readiness_gaps_and_errors_with_their_places() {
        String summary = GithubActions.summary(result(List.of(UNRESOLVED, GAP)), "src/aims/", "check");
        assertThat(summary).startsWith("## AIMS check: 1 error, 1 warning\n")
                .contains("| Applicable | 37 of 38 |", "| Gaps | 2 |", "**Gaps** (applicable controls without"
                        + " evidence): A.2.2, A.3.3", "### Errors",
                        "| `src/aims/policies/ai-policy.md:16:25` | `unresolved-reference` | Unresolved reference")
                .doesNotContain("control-gap");
    }

    @Test
    void a_pipe_in_a_message_does_not_break_the_table_and_long_lists_are_cut() {
        Finding piped = new Finding(Severity.ERROR, "invalid-value", "Use a | b", new Location("aims.yaml", 2, 1));
        List<Finding> many = java.util.Collections.nCopies(GithubActions.MAX_SUMMARY_ROWS + 3, piped);
        String summary = GithubActions.summary(result(many), "", "handbook");
        assertThat(summary).contains("Use a \\| b").contains("... and 3 more errors");
        assertThat(summary.lines().filter(l -> l.startsWith("| `aims.yaml")).count())
                .isEqualTo(GithubActions.MAX_SUMMARY_ROWS);
    }

    @Test
    void under_github_actions_it_prints_the_commands_and_appends_the_summary(@TempDir Path temp) throws IOException {
        Path summaryFile = temp.resolve("summary.md");
        Files.writeString(summaryFile, "earlier step\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GithubActions(Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", summaryFile.toString()))
                .report(result(List.of(UNRESOLVED)), "src/aims/", "check", new PrintStream(out, true,
                        StandardCharsets.UTF_8), new SystemStreamLog());
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("::error file=src/aims/policies/ai-policy.md,");
        assertThat(Files.readString(summaryFile)).startsWith("earlier step\n## AIMS check: 1 error, 0 warnings");
    }

    @Test
    void elsewhere_it_prints_nothing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GithubActions(Map.of("CI", "true")).report(result(List.of(UNRESOLVED)), "", "check",
                new PrintStream(out, true, StandardCharsets.UTF_8), new SystemStreamLog());
        assertThat(out.size()).isZero();
    }
}
