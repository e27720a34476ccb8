package io.github.aimshandbook.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.aimshandbook.engine.model.Severity;
import io.github.aimshandbook.engine.render.SiteLinks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The example AIMS that new users look at first: it must build without errors, with only the warnings its README
 * explains, and its report must trace every control the way the format says. The expected traces are computed here
 * independently of the engine, straight from the YAML and front matter.
 */
class SiteExampleTest {

    static final Path CONTENT = Path.of("..", "site-example", "src", "aims").toAbsolutePath().normalize();

    @TempDir
    static Path temp;

    static Result result;
    static JsonNode report;

    @BeforeAll
    static void build() throws IOException {
        result = Fixtures.build(CONTENT, temp.resolve("aims"));
        report = new ObjectMapper().readTree(temp.resolve("aims/aims-report.json").toFile());
    }

    @Test
    void builds_without_errors_and_with_only_the_deliberate_warnings() {
        assertThat(result.findings()).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
        assertThat(result.findings()).extracting(f -> f.code() + " " + f.location().file()).containsExactly(
                "expired-evidence evidence.yaml",
                "expired-evidence evidence.yaml",
                "overdue-action nonconformities.yaml",
                "overdue-review procedures/third-party-ai.adoc",
                "control-gap soa.yaml",
                "control-gap soa.yaml",
                "overdue-review systems/fraud-detection.yaml");
        assertThat(report.at("/readiness/gaps").toString()).isEqualTo("[\"A.5.5\",\"A.8.3\"]");
    }

    @Test
    void keeps_its_audit_cycle_with_a_programme_that_covers_everything() {
        assertThat(report.at("/auditCycle/coverage/unaudited").toString()).isEqualTo("[]");
        assertThat(report.at("/auditCycle/coverage/controlsCovered").asInt()).isEqualTo(37);
        assertThat(report.at("/auditCycle/audits/done").toString()).isEqualTo("[\"IA-2026-01\",\"IA-2026-02\"]");
        assertThat(report.at("/auditCycle/nextAudit/id").asText()).isEqualTo("IA-2027-01");
        assertThat(report.at("/auditCycle/lastReview/id").asText()).isEqualTo("MR-2026-10");
        assertThat(report.at("/auditCycle/openNonconformities/major").toString()).isEqualTo("[]");
        assertThat(report.at("/auditCycle/openNonconformities/minor").toString())
                .isEqualTo("[\"IA-2026-02-NC-1\",\"IA-2026-02-NC-2\"]");
        assertThat(report.at("/auditCycle/overdueActions/0/id").asText()).isEqualTo("IA-2026-02-NC-2-1");
        assertThat(report.at("/controls/A.6.2.4/openNonconformities").toString()).isEqualTo("[\"IA-2026-02-NC-2\"]");
        assertThat(report.at("/controls/A.5.2/lastAudited").asText()).isEqualTo("2026-03-27");
    }

    @Test
    void every_relative_link_and_image_of_the_example_leads_to_a_file() {
        assertThat(SiteLinks.broken(temp.resolve("aims"))).isEmpty();
    }

    @Test
    void traces_every_control_as_the_format_says() throws IOException {
        Map<String, Set<String>> evidence = new TreeMap<>();
        Map<String, Set<String>> systems = new TreeMap<>();
        Map<String, Set<String>> risks = new TreeMap<>();
        Map<String, Object> soa = yaml(Files.readString(CONTENT.resolve("soa.yaml")));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> controls = (Map<String, Map<String, Object>>) soa.get("controls");
        controls.forEach((id, entry) -> evidence.computeIfAbsent(id, k -> new TreeSet<>()).addAll(list(entry.get(
                "evidence"))));
        for (Map<String, Object> record : listOfMaps(yaml(Files.readString(CONTENT.resolve("evidence.yaml"))))) {
            for (String c : list(record.get("controls"))) {
                evidence.computeIfAbsent(c, k -> new TreeSet<>()).add((String) record.get("id"));
            }
        }
        for (Path doc : files("policies", "procedures", "model-cards", "impact-assessments", "records")) {
            String name = doc.getFileName().toString();
            Map<String, Object> meta = frontMatter(Files.readString(doc));
            String id = (String) meta.getOrDefault("id", name.substring(0, name.lastIndexOf('.')));
            for (String c : list(meta.get("controls"))) {
                evidence.computeIfAbsent(c, k -> new TreeSet<>()).add(id);
            }
        }
        for (Path file : files("systems")) {
            String name = file.getFileName().toString();
            for (String c : list(yaml(Files.readString(file)).get("controls"))) {
                systems.computeIfAbsent(c, k -> new TreeSet<>()).add(name.substring(0, name.lastIndexOf('.')));
            }
        }
        for (Path file : files("risks")) {
            String name = file.getFileName().toString();
            for (String c : list(yaml(Files.readString(file)).get("controls"))) {
                risks.computeIfAbsent(c, k -> new TreeSet<>()).add(name.substring(0, name.lastIndexOf('.')));
            }
        }

        assertThat(report.get("controls").size()).isEqualTo(38);
        report.get("controls").fields().forEachRemaining(e -> {
            String id = e.getKey();
            assertThat(texts(e.getValue().get("evidence"))).as("evidence of " + id)
                    .containsExactlyElementsOf(evidence.getOrDefault(id, Set.of()));
            assertThat(texts(e.getValue().get("systems"))).as("systems of " + id)
                    .containsExactlyElementsOf(systems.getOrDefault(id, Set.of()));
            assertThat(texts(e.getValue().get("risks"))).as("risks of " + id)
                    .containsExactlyElementsOf(risks.getOrDefault(id, Set.of()));
        });
    }

    @Test
    void has_the_substance_a_real_aims_needs() {
        assertThat(result.readiness().applicable()).isBetween(30, 38);
        assertThat(files("systems")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(files("risks")).hasSizeGreaterThanOrEqualTo(8);
        assertThat(report.at("/controls/A.10.4/applicable").asBoolean()).isFalse();
        assertThat(files("model-cards")).isNotEmpty();
        assertThat(files("impact-assessments")).isNotEmpty();
        assertThat(files("policies", "procedures").stream().map(p -> p.getFileName().toString()))
                .anyMatch(n -> n.endsWith(".adoc")).anyMatch(n -> n.endsWith(".md"));
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asText()));
        return values;
    }

    private static List<Path> files(String... folders) {
        List<Path> all = new ArrayList<>();
        for (String folder : folders) {
            try (Stream<Path> walk = Files.walk(CONTENT.resolve(folder))) {
                walk.filter(Files::isRegularFile).sorted().forEach(all::add);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
        return all;
    }

    private static Map<String, Object> frontMatter(String text) {
        if (text.startsWith("---\n")) {
            return yaml(text.substring(4, text.indexOf("\n---", 4)));
        }
        Map<String, Object> attributes = new TreeMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() && !attributes.isEmpty()) {
                break;
            }
            if (line.startsWith(":") && line.indexOf(':', 1) > 0) {
                String key = line.substring(1, line.indexOf(':', 1));
                String value = line.substring(line.indexOf(':', 1) + 1).strip();
                attributes.put(key, key.equals("controls") ? List.of(value.split("\\s*,\\s*")) : value);
            }
        }
        return attributes;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(String text) {
        Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        return loaded instanceof Map ? (Map<String, Object>) loaded : Map.of("list", loaded);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> listOfMaps(Map<String, Object> wrapped) {
        return (List<Map<String, Object>>) wrapped.get("list");
    }

    private static List<String> list(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> l) {
            return l.stream().map(String::valueOf).filter(s -> !s.isBlank()).toList();
        }
        return List.of(String.valueOf(value));
    }
}
