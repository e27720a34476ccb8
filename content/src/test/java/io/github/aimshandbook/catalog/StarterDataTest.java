package io.github.aimshandbook.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Checks the starter AIMS that aims:init writes: the list of files matches the folder, the SoA
 * holds exactly the catalog's 38 controls, undecided, and every starter document is a draft
 * that claims no control until someone approves it. Whether the whole starter passes the checks
 * is tested in the plugin, which has the checks.
 */
class StarterDataTest {

  private static final String STARTER = "/io/github/aimshandbook/starter/";

  @Test
  void lists_exactly_the_files_of_the_starter_folder() throws Exception {
    Path folder = Path.of(StarterDataTest.class.getResource(STARTER + "aims").toURI());
    List<String> onDisk;
    try (Stream<Path> walk = Files.walk(folder)) {
      onDisk =
          walk.filter(Files::isRegularFile)
              .map(p -> folder.relativize(p).toString().replace('\\', '/'))
              .sorted()
              .collect(Collectors.toList());
    }

    assertThat(listed()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(onDisk);
    assertThat(listed())
        .containsExactly(
            "aims.yaml",
            "soa.yaml",
            "objectives.yaml",
            "audits.yaml",
            "nonconformities.yaml",
            "management-reviews.yaml",
            "policies/ai-policy.md",
            "procedures/ai-risk-management.md",
            "procedures/ai-impact-assessment.md",
            "procedures/ai-system-lifecycle.md",
            "procedures/data-governance.md",
            "procedures/ai-incident-response.md",
            "procedures/third-party-ai.md",
            "model-cards/model-card-template.md",
            "impact-assessments/impact-assessment-template.md");
  }

  @Test
  void decides_nothing_for_the_user_in_the_soa() {
    Map<String, Object> soa = yaml(read("soa.yaml"));
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> controls = (Map<String, Map<String, Object>>) soa.get("controls");

    assertThat(new ArrayList<>(controls.keySet())).containsExactlyElementsOf(catalogControlIds());
    assertThat(controls)
        .allSatisfy(
            (id, entry) -> {
              Map<String, Object> expected = new LinkedHashMap<>();
              expected.put("applicable", true);
              expected.put("status", "not-started");
              expected.put("justification", "");
              assertThat(entry).as(id).containsExactlyEntriesOf(expected);
            });
  }

  @Test
  void names_each_control_by_its_catalog_title_in_a_comment() {
    String soa = read("soa.yaml");

    for (Map<String, Object> control : catalogControls()) {
      assertThat(soa).contains("  " + control.get("id") + ":  # " + control.get("title") + "\n");
    }
  }

  @Test
  void writes_every_document_as_a_draft_that_claims_no_control_yet() {
    for (String path : listed()) {
      if (!path.endsWith(".md")) {
        continue;
      }
      Map<String, Object> front = frontMatter(read(path));
      assertThat(front).as(path).containsEntry("status", "draft").containsKeys("title", "owner");
      assertThat(front)
          .as("%s names controls, clauses or systems only once it is approved", path)
          .doesNotContainKeys("controls", "clauses", "systems", "reviewEvery", "id");
    }
  }

  @Test
  void keeps_the_templates_out_of_the_model_card_and_impact_assessment_checks() {
    assertThat(frontMatter(read("model-cards/model-card-template.md")))
        .containsEntry("type", "other");
    assertThat(frontMatter(read("impact-assessments/impact-assessment-template.md")))
        .containsEntry("type", "other");
  }

  @Test
  void marks_every_placeholder_of_the_manifest_with_todo() {
    Map<String, Object> manifest = yaml(read("aims.yaml"));

    assertThat((String) manifest.get("organization")).startsWith("TODO");
    assertThat((String) manifest.get("scope")).contains("TODO");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> roles = (List<Map<String, Object>>) manifest.get("roles");
    assertThat(roles)
        .extracting(r -> r.get("id"))
        .containsExactly(
            "top-management",
            "ai-governance-lead",
            "ai-system-owner",
            "data-steward",
            "incident-coordinator",
            "internal-auditor",
            "procurement-lead");
    assertThat(roles).allSatisfy(r -> assertThat((String) r.get("holder")).startsWith("TODO"));
  }

  private static List<String> listed() {
    return resource(STARTER + "files.txt")
        .lines()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .collect(Collectors.toList());
  }

  private static String read(String path) {
    return resource(STARTER + "aims/" + path);
  }

  private static String resource(String resource) {
    try (InputStream in = StarterDataTest.class.getResourceAsStream(resource)) {
      assertThat(in).as("classpath resource %s", resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Object> yaml(String text) {
    return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
  }

  private static Map<String, Object> frontMatter(String markdown) {
    assertThat(markdown).startsWith("---\n");
    int end = markdown.indexOf("\n---\n", 4);
    assertThat(end).as("end of the front matter").isPositive();
    return yaml(markdown.substring(4, end));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> catalogControls() {
    Map<String, Object> catalog = yaml(resource("/io/github/aimshandbook/catalog/iso42001.yaml"));
    return (List<Map<String, Object>>) catalog.get("controls");
  }

  private static List<String> catalogControlIds() {
    return catalogControls().stream().map(c -> (String) c.get("id")).collect(Collectors.toList());
  }
}
