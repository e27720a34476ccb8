package io.github.aimshandbook.engine.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimshandbook.engine.Fixtures;
import io.github.aimshandbook.engine.Options;
import io.github.aimshandbook.engine.Pipeline;
import io.github.aimshandbook.engine.Result;
import io.github.aimshandbook.engine.check.Readiness;
import io.github.aimshandbook.engine.model.Finding;
import io.github.aimshandbook.engine.model.Location;
import io.github.aimshandbook.engine.model.Severity;
import io.github.aimshandbook.engine.tree.ContentTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second build with nothing changed is skipped; any change to what the output depends on makes it run again. */
class UpToDateTest {

    @TempDir
    Path temp;

    Path content;
    Path output;
    Result first;

    @BeforeEach
    void build() throws IOException {
        content = Fixtures.copy("small", temp);
        // The AsciiDoc procedure becomes Markdown, so that these builds do not each boot JRuby.
        Files.delete(content.resolve("procedures/risk-procedure.adoc"));
        Fixtures.write(content.resolve("procedures/risk-procedure.md"), """
                ---
                title: AI Risk Procedure
                owner: aims-lead
                version: "1.1"
                status: approved
                reviewEvery: P12M
                lastReviewed: 2026-02-01
                controls: [A.5.2, A.6.1.2]
                clauses: [6.1.2, 8.2]
                ---
                # AI Risk Procedure

                1. Identify risks for each system, such as [[churn-model]].
                2. Score them and record them in the register, e.g. [the drift risk]([[R-001]]).
                """);
        output = temp.resolve("out");
        first = new Pipeline().run(options(Fixtures.TODAY, false));
        assertThat(first.filesWritten()).isGreaterThan(50);
    }

    Options options(LocalDate today, boolean gapsAsErrors) {
        return Options.builder(content, output, today).writeWithErrors(true).gapsAsErrors(gapsAsErrors).pdf(false)
                .build();
    }

    Result again() {
        return new Pipeline().runIfChanged(options(Fixtures.TODAY, false));
    }

    @Test
    void skips_a_build_when_nothing_changed_and_repeats_its_findings() {
        Result second = again();

        assertThat(second.upToDate()).isTrue();
        assertThat(second.filesWritten()).isZero();
        assertThat(second.findings()).isEqualTo(first.findings());
        assertThat(second.readiness()).isEqualTo(first.readiness());
        assertThat(second.timings()).containsOnlyKeys("fingerprint");
    }

    @Test
    void keeps_errors_of_the_last_build_so_that_a_skipped_build_fails_as_it_did() {
        Fixtures.write(content.resolve("policies/extra.md"), "---\ntitle: Extra\n---\n# Extra\n\nSee [[NO-SUCH]].\n");
        Result withError = again();
        assertThat(withError.upToDate()).isFalse();
        assertThat(withError.count(Severity.ERROR)).isPositive();

        Result skipped = again();

        assertThat(skipped.upToDate()).isTrue();
        assertThat(skipped.count(Severity.ERROR)).isEqualTo(withError.count(Severity.ERROR));
        assertThat(skipped.findings()).isEqualTo(withError.findings());
    }

    @Test
    void rebuilds_when_a_content_file_changes() {
        Fixtures.write(content.resolve("policies/ai-policy.md"),
                Fixtures.read(content.resolve("policies/ai-policy.md")) + "\nOne more sentence.\n");

        Result second = again();

        assertThat(second.upToDate()).isFalse();
        assertThat(second.filesWritten()).isEqualTo(first.filesWritten());
        assertThat(Fixtures.read(output.resolve("documents/ai-policy.html"))).contains("One more sentence.");
        assertThat(again().upToDate()).isTrue();
    }

    @Test
    void rebuilds_when_a_file_changes_with_the_same_size_and_time() throws IOException {
        Path policy = content.resolve("policies/ai-policy.md");
        FileTime time = Files.getLastModifiedTime(policy);
        String text = Fixtures.read(policy);
        Fixtures.write(policy, text.replace("responsibly", "responsibli"));
        Files.setLastModifiedTime(policy, time);

        Result second = again();

        assertThat(second.upToDate()).isFalse();
        assertThat(Fixtures.read(output.resolve("documents/ai-policy.html"))).contains("responsibli");
    }

    @Test
    void rebuilds_when_a_content_file_is_added_or_removed() throws IOException {
        Files.copy(content.resolve("files/validation.txt"), content.resolve("files/validation-2.txt"));
        assertThat(again().upToDate()).isFalse();
        assertThat(output.resolve("files/validation-2.txt")).isRegularFile();

        Files.delete(content.resolve("files/validation-2.txt"));
        assertThat(again().upToDate()).isFalse();
        assertThat(output.resolve("files/validation-2.txt")).doesNotExist();
    }

    @Test
    void rebuilds_when_a_template_override_changes() {
        Fixtures.write(content.resolve("templates/assets/aims.css"), "body { color: rebeccapurple; }\n");

        Result second = again();

        assertThat(second.upToDate()).isFalse();
        assertThat(Fixtures.read(output.resolve("assets/aims.css"))).contains("rebeccapurple");
    }

    @Test
    void rebuilds_when_an_option_or_the_date_changes() {
        assertThat(new Pipeline().runIfChanged(options(Fixtures.TODAY, true)).upToDate()).isFalse();
        assertThat(new Pipeline().runIfChanged(options(Fixtures.TODAY.plusDays(1), true)).upToDate()).isFalse();
        assertThat(new Pipeline().runIfChanged(options(Fixtures.TODAY.plusDays(1), true).toBuilder()
                .allowRawHtml(true).build()).upToDate()).isFalse();
        assertThat(new Pipeline().runIfChanged(options(Fixtures.TODAY.plusDays(1), true).toBuilder()
                .allowRawHtml(true).build()).upToDate()).isTrue();
    }

    @Test
    void rebuilds_when_a_written_file_is_missing_or_changed() throws IOException {
        Files.delete(output.resolve("controls/A.6.2.4.html"));

        Result second = again();

        assertThat(second.upToDate()).isFalse();
        assertThat(output.resolve("controls/A.6.2.4.html")).isRegularFile();

        Files.writeString(output.resolve("soa.csv"), "edited by hand\n");
        assertThat(again().upToDate()).isFalse();
        assertThat(Fixtures.read(output.resolve("soa.csv"))).doesNotContain("edited by hand");
    }

    @Test
    void a_forced_run_always_builds() {
        Result forced = new Pipeline().run(options(Fixtures.TODAY, false));

        assertThat(forced.upToDate()).isFalse();
        assertThat(forced.filesWritten()).isEqualTo(first.filesWritten());
    }

    @Test
    void a_check_after_the_handbook_reuses_its_findings_but_a_handbook_after_a_check_builds() {
        Options check = options(Fixtures.TODAY, false).toBuilder().checkOnly().build();
        Result checked = new Pipeline().runIfChanged(check);
        assertThat(checked.upToDate()).isTrue();
        assertThat(checked.findings()).isEqualTo(first.findings());

        assertThat(new Pipeline().run(check).filesWritten()).isEqualTo(1);
        assertThat(new Pipeline().runIfChanged(check).upToDate()).isTrue();
        assertThat(again().upToDate()).isFalse();
    }

    @Test
    void keeps_its_state_beside_the_output_so_the_handbook_itself_is_unchanged() throws IOException {
        assertThat(UpToDate.stateFile(output)).isRegularFile().hasFileName(".out.aims-state");
        try (var files = Files.walk(output)) {
            assertThat(files.map(Path::getFileName).map(Path::toString)).noneMatch(n -> n.contains("state"));
        }
    }

    @Test
    void a_damaged_state_means_a_build() throws IOException {
        Files.writeString(UpToDate.stateFile(output), "aims-state\t1\nhashedAt\tnot a number\n");

        assertThat(again().upToDate()).isFalse();
        assertThat(again().upToDate()).isTrue();
    }

    @Test
    void a_plugin_whose_files_cannot_be_found_is_never_taken_as_unchanged() throws Exception {
        // A class loader that serves the plugin from somewhere other than a jar or folder on disk: a changed plugin
        // could not be seen, so the answer must be "build", not "skip".
        java.net.URL elsewhere = new java.net.URL("jar:http://plugins.invalid/aims.jar!/io/github/aimshandbook/x");
        UpToDate blind = UpToDate.of(options(Fixtures.TODAY, false), ContentTree.walk(content), "same", resource -> elsewhere);
        UpToDate seeing = UpToDate.of(options(Fixtures.TODAY, false), ContentTree.walk(content), "same");

        assertThat(seeing.unknown()).isEmpty();
        assertThat(blind.unknown()).get().asString().contains("cannot find the file of the plugin");
        seeing.record(true, new TreeMap<>(Map.of("index.html", Files.size(output.resolve("index.html")))),
                List.of(), null);
        assertThat(UpToDate.of(options(Fixtures.TODAY, false), ContentTree.walk(content), "same").unchanged(true)).isPresent();
        assertThat(blind.unchanged(true)).isEmpty();
        assertThat(UpToDate.of(options(Fixtures.TODAY, false), ContentTree.walk(content), "same", resource -> null).unchanged(true)).isEmpty();
    }

    @Test
    void a_blind_run_leaves_no_state_that_a_later_run_could_skip_on() throws Exception {
        UpToDate blind = UpToDate.of(options(Fixtures.TODAY, false), ContentTree.walk(content), "same", resource -> null);
        blind.forget();
        blind.record(true, new TreeMap<>(Map.of("index.html", Files.size(output.resolve("index.html")))),
                List.of(), null);

        assertThat(UpToDate.stateFile(output)).doesNotExist();
        assertThat(again().upToDate()).isFalse();
    }

    @Test
    void the_state_reads_back_what_it_wrote_even_with_tabs_and_line_breaks() {
        BuildState state = new BuildState(42, "c", "b",
                new TreeMap<>(Map.of("a b/c\td.md", new FileHashes.Entry(3, 4, "ff"))),
                new TreeMap<>(Map.of("/x/plugin.jar", new FileHashes.Entry(5, 6, "ee"))),
                new TreeMap<>(Map.of("index.html", 7L)),
                List.of(new Finding(Severity.WARNING, "gap", "line one\nline\\two\ttab", new Location("x.md", 1, 2))),
                new Readiness(38, 37, 35, 30, 20, 10, List.of("A.6.2.4", "A.7.2")));

        assertThat(BuildState.parse(state.format())).contains(state);
    }
}
