package io.github.aimshandbook.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.aimshandbook.engine.Fixtures;
import io.github.aimshandbook.engine.Options;
import io.github.aimshandbook.engine.Pipeline;
import io.github.aimshandbook.engine.Result;
import io.github.aimshandbook.engine.model.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * aims-report.sarif, as code scanning reads it: valid SARIF 2.1.0 (checked against the schema, offline), one rule per
 * code with the checks page's description and help, and every finding at its place as seen from the repository root.
 */
class SarifReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = SarifReportTest.class.getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(JSON.readTree(in));
        }
    }

    private static Path brokenContent(Path temp) throws IOException {
        Path content = Fixtures.copy("small", temp);
        Path policy = content.resolve("policies/ai-policy.md");
        Files.writeString(policy, Files.readString(policy) + "\nSee [[A.6.2.9]] and [[no-such-doc]].\n");
        Files.writeString(content.resolve("systems/churn-model.yaml"),
                Files.readString(content.resolve("systems/churn-model.yaml")) + "colour: blue\n");
        return content;
    }

    private static Result check(Path content, Path output, String prefix) {
        return new Pipeline().run(Options.builder(content, output, Fixtures.TODAY).checkOnly().sourcePrefix(prefix)
                .build());
    }

    @Test
    void the_report_is_valid_sarif_with_every_finding_at_its_place_from_the_repository_root(@TempDir Path temp)
            throws IOException {
        Path content = brokenContent(temp);
        Result result = check(content, temp.resolve("out"), "compliance/aims/");
        JsonNode sarif = JSON.readTree(temp.resolve("out/aims-report.sarif").toFile());

        assertThat(schema.validate(sarif)).as("schema errors").isEmpty();
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        JsonNode run = sarif.get("runs").get(0);
        JsonNode rules = run.at("/tool/driver/rules");
        JsonNode results = run.get("results");
        assertThat(result.findings()).extracting(Finding::code).contains("unresolved-reference", "unknown-key");
        assertThat(results).hasSameSizeAs(result.findings());
        for (int i = 0; i < results.size(); i++) {
            Finding f = result.findings().get(i);
            JsonNode r = results.get(i);
            assertThat(r.get("ruleId").asText()).isEqualTo(f.code());
            assertThat(rules.get(r.get("ruleIndex").asInt()).get("id").asText()).isEqualTo(f.code());
            assertThat(r.get("level").asText()).isEqualTo(f.severity().label().replace("info", "note"));
            assertThat(r.at("/message/text").asText()).isEqualTo(f.message());
            JsonNode where = r.at("/locations/0/physicalLocation");
            assertThat(where.at("/artifactLocation/uri").asText()).isEqualTo("compliance/aims/" + f.location().file());
            if (f.location().line() > 0) {
                assertThat(where.at("/region/startLine").asInt()).isEqualTo(f.location().line());
                assertThat(where.at("/region/startColumn").asInt()).isEqualTo(f.location().column());
            }
        }
        JsonNode unresolved = results.findParents("ruleId").stream()
                .filter(r -> r.get("ruleId").asText().equals("unresolved-reference")).findFirst().orElseThrow();
        assertThat(unresolved.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("compliance/aims/policies/ai-policy.md");
    }

    @Test
    void every_rule_has_the_description_and_help_of_the_checks_page(@TempDir Path temp) throws IOException {
        check(Fixtures.copy("small", temp), temp.resolve("out"), "");
        JsonNode rules = JSON.readTree(temp.resolve("out/aims-report.sarif").toFile()).at("/runs/0/tool/driver/rules");
        List<String> ids = new ArrayList<>();
        for (JsonNode rule : rules) {
            ids.add(rule.get("id").asText());
            assertThat(rule.at("/shortDescription/text").asText()).as(rule.toString()).isNotBlank().doesNotContain("`");
            assertThat(rule.at("/help/text").asText()).as(rule.toString()).contains("How to fix: ");
            assertThat(rule.at("/help/markdown").asText()).contains("**How to fix:**");
        }
        assertThat(ids).isSorted().doesNotHaveDuplicates().contains("control-gap", "unresolved-reference",
                "overdue-review", "invalid-yaml");
        JsonNode gap = rules.get(ids.indexOf("control-gap"));
        assertThat(gap.at("/shortDescription/text").asText()).isEqualTo("An applicable control has no evidence.");
        assertThat(gap.at("/defaultConfiguration/level").asText()).isEqualTo("warning");
    }

    /** A new code without a row on the checks page would reach code scanning with no help: this fails first. */
    @Test
    void every_code_the_engine_reports_is_documented_on_the_checks_page() throws IOException {
        Pattern reported = Pattern.compile("\\.(?:error|warning|info)\\(\\s*\"([a-z0-9-]+)\"");
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = reported.matcher(Files.readString(source));
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        assertThat(codes).hasSizeGreaterThan(30);
        assertThat(FindingRules.builtIn().all().keySet()).containsAll(codes);
    }

    @Test
    void the_same_content_gives_the_same_bytes(@TempDir Path temp) throws IOException {
        Path content = brokenContent(temp);
        check(content, temp.resolve("a"), "src/aims/");
        check(content, temp.resolve("b"), "src/aims/");
        assertThat(Files.readAllBytes(temp.resolve("a/aims-report.sarif")))
                .isEqualTo(Files.readAllBytes(temp.resolve("b/aims-report.sarif")));
    }

    @Test
    void the_handbook_build_writes_it_beside_the_json_report(@TempDir Path temp) {
        Path content = Fixtures.copy("small", temp);
        Fixtures.build(content, temp.resolve("site"));
        assertThat(temp.resolve("site/aims-report.sarif")).isRegularFile();
        assertThat(temp.resolve("site/aims-report.json")).isRegularFile();
    }

    /** The validation above could pass on anything if the schema were not applied; a wrong level must fail it. */
    @Test
    void the_schema_rejects_a_result_with_an_unknown_level(@TempDir Path temp) throws IOException {
        check(brokenContent(temp), temp.resolve("out"), "");
        JsonNode sarif = JSON.readTree(temp.resolve("out/aims-report.sarif").toFile());
        ((ObjectNode) sarif.at("/runs/0/results/0")).put("level", "fatal");
        List<Error> errors = schema.validate(sarif);
        assertThat(errors).isNotEmpty();
        assertThat(errors.toString()).contains("level");
    }

    @Test
    void paths_are_uri_references_with_spaces_and_accents_encoded() {
        assertThat(SarifWriter.uri("my aims/", "policies/Richtlinie für KI.md"))
                .isEqualTo("my%20aims/policies/Richtlinie%20f%C3%BCr%20KI.md");
        assertThat(SarifWriter.uri("src/aims/", "")).isEqualTo("src/aims");
        assertThat(SarifWriter.uri("", "")).isEqualTo(".");
    }
}
