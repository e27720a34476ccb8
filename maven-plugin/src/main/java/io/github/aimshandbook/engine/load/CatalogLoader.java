package io.github.aimshandbook.engine.load;

import io.github.aimshandbook.engine.model.AiObjective;
import io.github.aimshandbook.engine.model.Area;
import io.github.aimshandbook.engine.model.Catalog;
import io.github.aimshandbook.engine.model.Clause;
import io.github.aimshandbook.engine.model.Control;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads the built-in ISO/IEC 42001 catalog shipped in the aims-content jar. */
public final class CatalogLoader {

    static final String RESOURCE = "io/github/aimshandbook/catalog/iso42001.yaml";

    private CatalogLoader() {
    }

    @SuppressWarnings("unchecked")
    public static Catalog load() {
        try (InputStream in = CatalogLoader.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The ISO/IEC 42001 catalog " + RESOURCE
                        + " is missing from the classpath; the aims-content jar is not on it.");
            }
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            Map<String, Object> standard = (Map<String, Object>) root.get("standard");
            List<Area> areas = new ArrayList<>();
            List<Area> groups = new ArrayList<>();
            for (Map<String, Object> a : list(root, "areas")) {
                Area area = new Area(str(a, "id"), str(a, "title"), str(a, "objective"));
                areas.add(area);
                groups.add(area);
                for (Map<String, Object> g : list(a, "groups")) {
                    groups.add(new Area(str(g, "id"), str(g, "title"), str(g, "objective")));
                }
            }
            List<Control> controls = list(root, "controls").stream().map(c -> new Control(str(c, "id"),
                    str(c, "title"), str(c, "area"), str(c, "group"), str(c, "summary"))).toList();
            List<Clause> clauses = list(root, "clauses").stream().map(c -> new Clause(str(c, "id"), str(c, "title"),
                    c.get("parent") == null ? null : str(c, "parent"), str(c, "summary"),
                    list(c, "documentedInformation").stream().map(d -> str(d, "item") + " (" + str(d, "kind") + ")")
                            .toList())).toList();
            Map<String, Object> annexC = (Map<String, Object>) root.get("annexC");
            List<AiObjective> objectives = list(annexC, "objectives").stream().map(o -> new AiObjective(
                    str(o, "id"), str(o, "key"), str(o, "name"), str(o, "summary"))).toList();
            return new Catalog(str(standard, "designation"), areas, groups, controls, clauses, objectives);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    private static String str(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? "" : String.valueOf(value).strip();
    }
}
