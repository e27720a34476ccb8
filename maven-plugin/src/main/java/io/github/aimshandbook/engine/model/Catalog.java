package io.github.aimshandbook.engine.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The built-in ISO/IEC 42001:2023 catalog: areas, controls, clauses and Annex C objectives, in standard order. */
public record Catalog(
        String designation,
        List<Area> areas,
        List<Area> groups,
        List<Control> controls,
        List<Clause> clauses,
        List<AiObjective> objectives) {

    public Catalog {
        areas = List.copyOf(areas);
        groups = List.copyOf(groups);
        controls = List.copyOf(controls);
        clauses = List.copyOf(clauses);
        objectives = List.copyOf(objectives);
    }

    public Optional<Control> control(String id) {
        return controls.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<Clause> clause(String id) {
        return clauses.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<Area> area(String id) {
        return areas.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Map<String, Control> controlsById() {
        return controls.stream().collect(Collectors.toMap(Control::id, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
    }

    /** True for anything shaped like a catalog id (A.x, A.x.y, 5, 5.2), known to the catalog or not. */
    public static boolean looksLikeCatalogId(String id) {
        return id.matches("[AaBbCcDd]\\.\\d+(\\.\\d+)*") || id.matches("\\d+(\\.\\d+)*");
    }
}
