package io.github.aimshandbook.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Checks the built-in ISO/IEC 42001:2023 catalog against the identifiers of the standard.
 *
 * <p>The expected ids are written out here on purpose, copied from the project's reference facts
 * (iso42001/facts.yaml), so that a control or clause dropped from the data, or an id that does not
 * exist in the standard, fails the build instead of reaching users' handbooks.
 */
class CatalogDataTest {

  private static final String RESOURCE = "/io/github/aimshandbook/catalog/iso42001.yaml";

  private static final List<String> AREA_IDS =
      List.of("A.2", "A.3", "A.4", "A.5", "A.6", "A.7", "A.8", "A.9", "A.10");

  private static final List<String> CONTROL_IDS =
      List.of(
          "A.2.2", "A.2.3", "A.2.4",
          "A.3.2", "A.3.3",
          "A.4.2", "A.4.3", "A.4.4", "A.4.5", "A.4.6",
          "A.5.2", "A.5.3", "A.5.4", "A.5.5",
          "A.6.1.2", "A.6.1.3",
          "A.6.2.2", "A.6.2.3", "A.6.2.4", "A.6.2.5", "A.6.2.6", "A.6.2.7", "A.6.2.8",
          "A.7.2", "A.7.3", "A.7.4", "A.7.5", "A.7.6",
          "A.8.2", "A.8.3", "A.8.4", "A.8.5",
          "A.9.2", "A.9.3", "A.9.4",
          "A.10.2", "A.10.3", "A.10.4");

  private static final List<String> CLAUSE_IDS =
      List.of(
          "4", "4.1", "4.2", "4.3", "4.4",
          "5", "5.1", "5.2", "5.3",
          "6", "6.1", "6.1.1", "6.1.2", "6.1.3", "6.1.4", "6.2", "6.3",
          "7", "7.1", "7.2", "7.3", "7.4", "7.5", "7.5.1", "7.5.2", "7.5.3",
          "8", "8.1", "8.2", "8.3", "8.4",
          "9", "9.1", "9.2", "9.2.1", "9.2.2", "9.3", "9.3.1", "9.3.2", "9.3.3",
          "10", "10.1", "10.2");

  /** The risk categories of the content format; they must match Annex C's objectives one to one. */
  private static final List<String> OBJECTIVE_KEYS =
      List.of(
          "accountability",
          "ai-expertise",
          "data-quality",
          "environmental-impact",
          "fairness",
          "maintainability",
          "privacy",
          "robustness",
          "safety",
          "security",
          "transparency-and-explainability");

  private static final List<String> RISK_SOURCE_IDS =
      List.of("C.3.1", "C.3.2", "C.3.3", "C.3.4", "C.3.5", "C.3.6", "C.3.7");

  private static final Set<String> DOCUMENTED_INFORMATION_KINDS =
      Set.of("document", "record", "document and record");

  private static Map<String, Object> catalog;

  @BeforeAll
  static void loadCatalog() throws IOException {
    try (InputStream in = CatalogDataTest.class.getResourceAsStream(RESOURCE)) {
      assertThat(in).as("classpath resource %s", RESOURCE).isNotNull();
      catalog = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    }
  }

  @Test
  void names_the_2023_edition_of_the_standard() {
    Map<String, Object> standard = map(catalog, "standard");

    assertThat(text(standard, "designation")).isEqualTo("ISO/IEC 42001:2023");
    assertThat(text(standard, "title"))
        .isEqualTo("Information technology — Artificial intelligence — Management system");
  }

  @Test
  void lists_the_nine_annex_a_areas_in_order() {
    assertThat(ids(areas())).containsExactlyElementsOf(AREA_IDS);
  }

  @Test
  void splits_only_area_a6_into_the_objective_groups_a61_and_a62() {
    assertThat(areas())
        .allSatisfy(
            area -> {
              if (text(area, "id").equals("A.6")) {
                assertThat(ids(list(area, "groups"))).containsExactly("A.6.1", "A.6.2");
              } else {
                assertThat(area).doesNotContainKey("groups");
              }
            });
  }

  @Test
  void lists_all_38_annex_a_controls_exactly_once() {
    List<String> ids = ids(controls());

    assertThat(ids).hasSize(38).doesNotHaveDuplicates().containsExactlyElementsOf(CONTROL_IDS);
  }

  @Test
  void places_every_control_in_an_existing_area_and_group() {
    Set<String> areaIds = Set.copyOf(ids(areas()));

    assertThat(controls())
        .allSatisfy(
            control -> {
              String id = text(control, "id");
              String area = text(control, "area");
              String group = text(control, "group");
              assertThat(area).as("area of %s", id).isIn(areaIds);
              assertThat(group).as("group of %s", id).isIn(groupsOf(area));
              assertThat(id).as("control id within its group").startsWith(group + ".");
            });
  }

  @Test
  void numbers_controls_from_2_within_each_group() {
    assertThat(ids(controls())).noneMatch(id -> id.endsWith(".1"));
  }

  @Test
  void points_every_control_at_its_annex_b_guidance() {
    assertThat(controls())
        .allSatisfy(
            control ->
                assertThat(text(control, "guidance"))
                    .isEqualTo("B" + text(control, "id").substring(1)));
  }

  @Test
  void lists_clauses_4_to_10_with_every_subclause_in_standard_order() {
    assertThat(ids(clauses())).containsExactlyElementsOf(CLAUSE_IDS);
  }

  @Test
  void gives_every_subclause_a_parent_listed_before_it() {
    List<String> seen = new ArrayList<>();
    for (Map<String, Object> clause : clauses()) {
      String id = text(clause, "id");
      Object parent = clause.get("parent");
      assertThat(clause).as("clause %s names its parent, null at top level", id)
          .containsKey("parent");
      if (id.contains(".")) {
        assertThat(parent).as("parent of %s", id).isEqualTo(id.substring(0, id.lastIndexOf('.')));
        assertThat(seen).as("clauses before %s", id).contains((String) parent);
      } else {
        assertThat(parent).as("parent of top-level clause %s", id).isNull();
      }
      seen.add(id);
    }
  }

  @Test
  void uses_no_id_twice_across_areas_groups_controls_clauses_and_annex_c() {
    List<String> all =
        Stream.of(
                ids(areas()),
                areas().stream()
                    .flatMap(area -> ids(list(area, "groups")).stream())
                    .collect(Collectors.toList()),
                ids(controls()),
                ids(clauses()),
                ids(objectives()),
                ids(riskSources()))
            .flatMap(List::stream)
            .collect(Collectors.toList());

    assertThat(all).doesNotHaveDuplicates();
  }

  @Test
  void gives_every_control_and_clause_a_summary() {
    assertThat(controls()).allSatisfy(control -> assertThat(text(control, "summary")).isNotBlank());
    assertThat(clauses()).allSatisfy(clause -> assertThat(text(clause, "summary")).isNotBlank());
  }

  @Test
  void keeps_every_summary_and_objective_between_15_and_45_words() {
    List<Map<String, Object>> summarized = new ArrayList<>();
    summarized.addAll(controls());
    summarized.addAll(clauses());
    summarized.addAll(objectives());
    summarized.addAll(riskSources());
    List<Map<String, Object>> withObjective = new ArrayList<>(areas());
    areas().forEach(area -> withObjective.addAll(list(area, "groups")));

    assertThat(summarized)
        .allSatisfy(
            entry ->
                assertThat(words(text(entry, "summary")))
                    .as("words in the summary of %s", entry.get("id"))
                    .isBetween(15, 45));
    assertThat(withObjective)
        .allSatisfy(
            entry ->
                assertThat(words(text(entry, "objective")))
                    .as("words in the objective of %s", entry.get("id"))
                    .isBetween(15, 45));
  }

  @Test
  void keys_the_eleven_annex_c_objectives_by_the_content_format_categories() {
    assertThat(ids(objectives()))
        .containsExactly(
            "C.2.1", "C.2.2", "C.2.3", "C.2.4", "C.2.5", "C.2.6", "C.2.7", "C.2.8", "C.2.9",
            "C.2.10", "C.2.11");
    assertThat(objectives())
        .extracting(objective -> text(objective, "key"))
        .containsExactlyElementsOf(OBJECTIVE_KEYS);
  }

  @Test
  void lists_the_seven_annex_c_risk_sources() {
    assertThat(ids(riskSources())).containsExactlyElementsOf(RISK_SOURCE_IDS);
    assertThat(riskSources()).allSatisfy(source -> assertThat(text(source, "name")).isNotBlank());
  }

  @Test
  void ties_documented_information_to_existing_clauses_and_controls() {
    assertThat(clauses())
        .flatExtracting(clause -> list(clause, "documentedInformation"))
        .hasSize(20)
        .allSatisfy(
            item -> {
              assertThat(text(item, "item")).isNotBlank();
              assertThat(text(item, "kind")).isIn(DOCUMENTED_INFORMATION_KINDS);
            });
    assertThat(list(catalog, "documentedInformationAnnexA"))
        .hasSize(8)
        .allSatisfy(
            item -> {
              assertThat(text(item, "control")).isIn(CONTROL_IDS);
              assertThat(text(item, "item")).isNotBlank();
            });
  }

  private static List<Map<String, Object>> areas() {
    return list(catalog, "areas");
  }

  private static List<Map<String, Object>> controls() {
    return list(catalog, "controls");
  }

  private static List<Map<String, Object>> clauses() {
    return list(catalog, "clauses");
  }

  private static List<Map<String, Object>> objectives() {
    return list(map(catalog, "annexC"), "objectives");
  }

  private static List<Map<String, Object>> riskSources() {
    return list(map(catalog, "annexC"), "riskSources");
  }

  /** The groups a control of {@code areaId} may name: the area's own groups, or the area itself. */
  private static List<String> groupsOf(String areaId) {
    return areas().stream()
        .filter(area -> text(area, "id").equals(areaId))
        .findFirst()
        .map(area -> area.containsKey("groups") ? ids(list(area, "groups")) : List.of(areaId))
        .orElse(List.of());
  }

  private static List<String> ids(List<Map<String, Object>> entries) {
    return entries.stream().map(entry -> text(entry, "id")).collect(Collectors.toList());
  }

  private static int words(String text) {
    return text.trim().split("\\s+").length;
  }

  /** A string value; fails if YAML read it as something else, e.g. an unquoted 5.2 as a number. */
  private static String text(Map<String, Object> map, String key) {
    assertThat(map.get(key)).as("'%s' of %s", key, map.get("id")).isInstanceOf(String.class);
    return (String) map.get(key);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> map, String key) {
    assertThat(map.get(key)).as("'%s'", key).isInstanceOf(Map.class);
    return (Map<String, Object>) map.get(key);
  }

  /** A list of mappings; an absent key (allowed for optional lists) gives an empty list. */
  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> map, String key) {
    Object value = map.get(key);
    if (value == null) {
      return List.of();
    }
    assertThat(value).as("'%s' of %s", key, map.get("id")).isInstanceOf(List.class);
    return (List<Map<String, Object>>) value;
  }
}
