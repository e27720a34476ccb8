package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.model.AiObjective;
import io.github.aimshandbook.engine.model.Catalog;
import io.github.aimshandbook.engine.model.RiskMatrix;
import java.util.List;

/**
 * How a risk is named and scored on the pages: the level of a score on the handbook's risk matrix, and the name of a
 * risk's category (an objective of the catalog). Immutable.
 */
public record RiskScale(RiskMatrix matrix, List<AiObjective> objectives) {

    public RiskScale {
        objectives = List.copyOf(objectives);
    }

    static RiskScale of(RiskMatrix matrix, Catalog catalog) {
        return new RiskScale(matrix, catalog.objectives());
    }

    /** "low", "medium" or "high". */
    public String level(int score) {
        return matrix.level(score);
    }

    /** The objective's name, or the key as written when the catalog has no such objective. */
    public String objectiveName(String key) {
        return objectives.stream().filter(o -> o.key().equals(key)).map(AiObjective::name).findFirst().orElse(key);
    }
}
