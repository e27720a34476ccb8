package io.github.aimshandbook.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.aimshandbook.engine.Fixtures;
import io.github.aimshandbook.engine.Options;
import io.github.aimshandbook.engine.Pipeline;
import io.github.aimshandbook.engine.Result;
import io.github.aimshandbook.engine.starter.Starter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The JSON Schemas that editors use for the YAML files: real content (site-example, the aims:init starter) passes
 * them, and the mistakes the checks report as wrong-type or invalid-value are caught by them too.
 */
class ContentSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SITE_EXAMPLE = Path.of("../site-example/src/aims");

    /** YAML as an editor's language server reads it: a date stays text (YAML 1.2 has no timestamps). */
    private static final class EditorResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOL, "yTtFfNnOo");
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.MERGE, MERGE, "<");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }

    private static JsonNode yaml(String text) {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()), new Representer(new DumperOptions()),
                new DumperOptions(), new LoaderOptions(), new EditorResolver());
        return JSON.valueToTree(yaml.load(text));
    }

    private static Schema schema(String name) throws IOException {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(JSON.readTree(ContentSchemas.read(name)));
    }

    private static List<Error> validate(String schema, String yamlText) throws IOException {
        return schema(schema).validate(yaml(yamlText));
    }

    /** Every YAML file of a content folder with a schema, with what the schema finds in it. */
    private static Map<String, List<String>> problems(Path content) throws IOException {
        Map<String, List<String>> problems = new TreeMap<>();
        try (Stream<Path> files = Files.walk(content)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                String path = content.relativize(file).toString().replace('\\', '/');
                var schema = ContentSchemas.of(path);
                if (schema.isPresent()) {
                    problems.put(path, validate(schema.get(), Files.readString(file, StandardCharsets.UTF_8))
                            .stream().map(Error::toString).toList());
                }
            }
        }
        return problems;
    }

    @Test
    void site_example_passes_every_schema() throws IOException {
        Map<String, List<String>> problems = problems(SITE_EXAMPLE);
        assertThat(problems.keySet()).contains("aims.yaml", "soa.yaml", "systems/credit-scoring.yaml");
        assertThat(problems.keySet().stream().filter(p -> p.startsWith("systems/"))).hasSizeGreaterThan(1);
        problems.forEach((file, found) -> assertThat(found).as(file).isEmpty());
    }

    @Test
    void the_starter_passes_and_each_yaml_file_names_its_schema_where_the_handbook_publishes_it(@TempDir Path temp)
            throws IOException {
        Path content = temp.resolve("src/aims");
        new Starter().write(content, Fixtures.TODAY, "../../target/aims/schemas/");
        Map<String, List<String>> problems = problems(content);
        assertThat(problems.keySet()).containsExactly("aims.yaml", "soa.yaml");
        problems.forEach((file, found) -> assertThat(found).as(file).isEmpty());

        Result built = new Pipeline().run(Options.builder(content, temp.resolve("target/aims"), Fixtures.TODAY)
                .pdf(false).build());
        assertThat(built.filesWritten()).isPositive();
        for (String file : problems.keySet()) {
            String first = Files.readAllLines(content.resolve(file)).get(0);
            assertThat(first).startsWith("# yaml-language-server: $schema=../../target/aims/schemas/");
            Path schema = content.resolve(file).getParent()
                    .resolve(first.substring(first.indexOf('=') + 1)).normalize();
            assertThat(schema).as(first).isRegularFile();
            assertThat(Files.readAllBytes(schema)).isEqualTo(ContentSchemas.read(schema.getFileName().toString()));
        }
    }

    @Test
    void the_handbook_publishes_every_schema() throws IOException {
        assertThat(ContentSchemas.FILES).isSorted();
        for (String name : ContentSchemas.FILES) {
            JsonNode schema = JSON.readTree(ContentSchemas.read(name));
            assertThat(schema.get("$schema").asText()).as(name).isEqualTo("http://json-schema.org/draft-07/schema#");
            assertThat(schema.get("title").asText()).as(name).isNotBlank();
        }
    }

    @Test
    void wrong_types_are_rejected() throws IOException {
        assertThat(validate("aims.schema.json", "organization: X\nroles: { id: ceo }\n"))
                .extracting(Error::toString).anyMatch(e -> e.contains("roles"));
        assertThat(validate("system.schema.json", "name: Churn\ninScope: maybe\n"))
                .extracting(Error::toString).anyMatch(e -> e.contains("inScope"));
        assertThat(validate("risks.schema.json", "- id: R-1\n  title: T\n  likelihood: high\n  impact: 3\n"))
                .extracting(Error::toString).anyMatch(e -> e.contains("likelihood"));
        assertThat(validate("risk.schema.json", "title: T\nlikelihood: 11\nimpact: 3\n")).isNotEmpty();
        assertThat(validate("evidence.schema.json", "- id: EV-1\n  title: T\n  date: 30.09.2026\n"))
                .extracting(Error::toString).anyMatch(e -> e.contains("date"));
        assertThat(validate("evidence-record.schema.json", "title: T\nreviewEvery: every year\n")).isNotEmpty();
    }

    @Test
    void unknown_enum_values_keys_and_controls_are_rejected() throws IOException {
        assertThat(validate("system.schema.json", "name: Churn\nlifecycle: live\n"))
                .extracting(Error::toString).anyMatch(e -> e.contains("lifecycle"));
        assertThat(validate("system.schema.json", "name: Churn\naiRoles: [provider, vendor]\n")).isNotEmpty();
        assertThat(validate("risk.schema.json", "title: T\nlikelihood: 2\nimpact: 3\ntreatment: ignore\n"))
                .isNotEmpty();
        assertThat(validate("system.schema.json", "name: Churn\ncolour: blue\n"))
                .extracting(Error::toString).anyMatch(e -> e.contains("colour"));
        String soa = Files.readString(SITE_EXAMPLE.resolve("soa.yaml"), StandardCharsets.UTF_8);
        assertThat(validate("soa.schema.json", soa)).isEmpty();
        assertThat(validate("soa.schema.json", soa.replaceFirst("status: implemented", "status: done")))
                .extracting(Error::toString).anyMatch(e -> e.contains("status"));
        assertThat(validate("soa.schema.json", soa.replace("A.10.4:", "A.10.9:")))
                .extracting(Error::toString).anyMatch(e -> e.contains("A.10.4") || e.contains("A.10.9"));
    }

    @Test
    void each_content_file_has_its_schema() {
        List<String> found = new ArrayList<>();
        for (String path : List.of("aims.yaml", "soa.yaml", "risks.yaml", "evidence.yaml", "systems/churn.yaml",
                "risks/R-1.yaml", "evidence/EV-1.yaml")) {
            found.add(ContentSchemas.of(path).orElseThrow());
        }
        assertThat(found).containsExactlyInAnyOrderElementsOf(ContentSchemas.FILES);
        assertThat(ContentSchemas.of("policies/ai-policy.md")).isEmpty();
        assertThat(ContentSchemas.of("files/data.yaml")).isEmpty();
        assertThat(ContentSchemas.modeline("systems/churn.yaml", "../../target/aims/schemas/")).contains(
                "# yaml-language-server: $schema=../../../target/aims/schemas/system.schema.json");
    }
}
