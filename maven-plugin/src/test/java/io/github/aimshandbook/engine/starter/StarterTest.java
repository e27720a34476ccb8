package io.github.aimshandbook.engine.starter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aimshandbook.engine.Fixtures;
import io.github.aimshandbook.engine.Options;
import io.github.aimshandbook.engine.Pipeline;
import io.github.aimshandbook.engine.Result;
import io.github.aimshandbook.engine.model.Finding;
import io.github.aimshandbook.engine.model.Severity;
import io.github.aimshandbook.engine.render.SiteLinks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StarterTest {

    private static final List<String> STARTER_FILES = List.of("aims.yaml", "soa.yaml", "objectives.yaml",
            "audits.yaml", "nonconformities.yaml", "management-reviews.yaml", "policies/ai-policy.md",
            "procedures/ai-risk-management.md", "procedures/ai-impact-assessment.md",
            "procedures/ai-system-lifecycle.md", "procedures/data-governance.md",
            "procedures/ai-incident-response.md", "procedures/third-party-ai.md",
            "model-cards/model-card-template.md", "impact-assessments/impact-assessment-template.md");

    @TempDir
    Path temp;

    private final Starter starter = new Starter();

    @Test
    void writes_every_starter_file_into_an_empty_folder() throws IOException {
        Path content = temp.resolve("src/aims");

        StarterResult result = starter.write(content);

        assertThat(result.written()).containsExactlyElementsOf(STARTER_FILES);
        assertThat(result.skipped()).isEmpty();
        assertThat(result.changedNothing()).isFalse();
        assertThat(listing(content)).containsExactlyInAnyOrderElementsOf(STARTER_FILES);
    }

    @Test
    void passes_the_checks_with_warnings_only_the_gaps_and_the_missing_records() {
        Path content = temp.resolve("src/aims");
        starter.write(content, Fixtures.TODAY);

        Result result = new Pipeline().run(Options.builder(content, temp.resolve("out"), Fixtures.TODAY).checkOnly().build());

        assertThat(result.count(Severity.ERROR)).as("errors: %s", result.findings()).isZero();
        assertThat(result.count(Severity.INFO)).isZero();
        Map<String, Long> codes = result.findings().stream()
                .collect(Collectors.groupingBy(Finding::code, TreeMap::new, Collectors.counting()));
        assertThat(codes).containsExactly(Map.entry("control-gap", 38L),
                Map.entry("management-review-overdue", 1L), Map.entry("missing-documented-information", 13L),
                Map.entry("unaudited", 1L));
        assertThat(messages(result, "control-gap").get(0)).isEqualTo("soa.yaml:21:3: warning: Control A.2.2 is"
                + " applicable but has no evidence. List documents or evidence records under 'evidence:', or name A.2.2"
                + " in their 'controls:'. [control-gap]");
        assertThat(result.readiness().applicable()).isEqualTo(38);
        assertThat(result.readiness().withEvidence()).isZero();
        assertThat(result.readiness().gaps()).hasSize(38);
        assertThat(messages(result, "management-review-overdue")).containsExactly("management-reviews.yaml:8:3:"
                + " warning: No management review has been held yet: every one in the register is dated after"
                + " 2026-11-22. Hold one within the reviewCycle (P12M, aims.yaml) and record it here."
                + " [management-review-overdue]");
        assertThat(messages(result, "unaudited")).singleElement().asString().startsWith("audits.yaml:9:7: warning:"
                + " No internal audit marked 'done' in the P12M before 2026-11-22 (auditCycle in aims.yaml) covered"
                + " clauses 4, 5, 6, 7, 8, 9 and 10, and the applicable controls A.2.2, A.2.3,");
        assertThat(messages(result, "missing-documented-information")).as("the registers answer 6.2 and 10.2")
                .noneMatch(m -> m.contains("clause 6.2 ") || m.contains("clause 10.2 "))
                .anyMatch(m -> m.contains("clause 9.2.2 "));
    }

    @Test
    void dates_the_example_entries_of_the_registers_from_the_day_it_is_run() {
        Path content = temp.resolve("src/aims");
        starter.write(content, java.time.LocalDate.of(2027, 1, 31));

        assertThat(Fixtures.read(content.resolve("audits.yaml"))).contains("  date: 2027-07-31 ")
                .doesNotContain("{date");
        assertThat(Fixtures.read(content.resolve("objectives.yaml"))).contains("  due: 2028-01-31\n");
        assertThat(Fixtures.read(content.resolve("nonconformities.yaml"))).contains("  raised: 2027-01-31\n",
                "      due: 2027-04-30\n");
        assertThat(Fixtures.read(content.resolve("management-reviews.yaml"))).contains("  date: 2028-01-31 ");
    }

    @Test
    void builds_a_handbook_at_once_whose_links_all_work() {
        Path content = temp.resolve("src/aims");
        starter.write(content);
        Path out = temp.resolve("out");

        Result result = new Pipeline().run(Options.builder(content, out, Fixtures.TODAY).build());

        assertThat(result.count(Severity.ERROR)).isZero();
        assertThat(result.filesWritten()).isGreaterThan(50);
        for (String page : List.of("index.html", "documents/ai-policy.html", "documents/model-card-template.html",
                "documents/impact-assessment-template.html", "controls/A.5.2.html", "roles.html", "handbook.pdf",
                "404.html", ".nojekyll")) {
            assertThat(out.resolve(page)).as(page).isRegularFile();
        }
        assertThat(SiteLinks.broken(out)).isEmpty();
        assertThat(Fixtures.read(out.resolve("documents/index.html"))).contains("Model Card Template");
    }

    @Test
    void changes_nothing_when_run_a_second_time() throws IOException {
        Path content = temp.resolve("src/aims");
        starter.write(content);
        Map<String, byte[]> before = contents(content);

        StarterResult second = starter.write(content);

        assertThat(second.changedNothing()).isTrue();
        assertThat(second.written()).isEmpty();
        assertThat(second.skipped()).extracting(StarterResult.Skipped::path).containsExactlyElementsOf(STARTER_FILES);
        assertThat(second.skipped()).extracting(StarterResult.Skipped::reason).containsOnly("it exists");
        Map<String, byte[]> after = contents(content);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        after.forEach((file, bytes) -> assertThat(bytes).as(file).isEqualTo(before.get(file)));
    }

    @Test
    void never_overwrites_a_file_the_user_already_has() {
        Path content = temp.resolve("src/aims");
        Fixtures.write(content.resolve("policies/ai-policy.md"), "# Our own AI policy\n");

        StarterResult result = starter.write(content);

        assertThat(result.skipped()).containsExactly(new StarterResult.Skipped("policies/ai-policy.md", "it exists"));
        assertThat(result.written()).hasSize(STARTER_FILES.size() - 1).doesNotContain("policies/ai-policy.md");
        assertThat(Fixtures.read(content.resolve("policies/ai-policy.md"))).isEqualTo("# Our own AI policy\n");
    }

    @Test
    void never_writes_through_a_link_that_leads_out_of_the_content_folder() throws IOException {
        Path content = temp.resolve("src/aims");
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Files.createDirectories(content);
        Files.createSymbolicLink(content.resolve("policies"), elsewhere);

        StarterResult result = starter.write(content);

        assertThat(result.skipped()).containsExactly(new StarterResult.Skipped("policies/ai-policy.md",
                "its folder is a link out of the content folder"));
        assertThat(listing(elsewhere)).isEmpty();
    }

    @Test
    void refuses_a_content_folder_that_is_a_file() {
        Path content = temp.resolve("aims");
        Fixtures.write(content, "not a folder");

        assertThatThrownBy(() -> starter.write(content)).isInstanceOf(io.github.aimshandbook.engine.UserError.class)
                .hasMessage("The content folder is a file (parameter contentDirectory, -Daims.contentDirectory): The"
                        + " content folder " + content + " is a file. Move it away, or choose another folder.");
    }

    private static List<String> messages(Result result, String code) {
        return result.findings().stream().filter(f -> f.code().equals(code)).map(f -> f.format("")).toList();
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    private static Map<String, byte[]> contents(Path dir) throws IOException {
        Map<String, byte[]> result = new TreeMap<>();
        for (String file : listing(dir)) {
            result.put(file, Files.readAllBytes(dir.resolve(file)));
        }
        return result;
    }
}
