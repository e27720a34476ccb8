package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.model.Risk;
import io.github.aimshandbook.engine.model.RiskMatrix;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The risk register as likelihood × impact heat maps, inherent and residual: which risks stand in each cell, and the
 * rows (likelihood, highest first) and columns (impact) of the map. Immutable.
 */
public final class HeatMap {

    private final List<Risk> risks;
    private final RiskMatrix matrix;

    HeatMap(List<Risk> risks, RiskMatrix matrix) {
        this.risks = List.copyOf(risks);
        this.matrix = matrix;
    }

    /** Risks whose (inherent or residual) likelihood and impact put them in one cell, by id. */
    public List<Risk> cell(int likelihood, int impact, boolean residual) {
        return risks.stream().filter(r -> residual
                ? r.hasResidual() && r.residualLikelihood() == likelihood && r.residualImpact() == impact
                : r.likelihood() == likelihood && r.impact() == impact).sorted(Comparator.comparing(Risk::id))
                .toList();
    }

    /** The rows of the map, from the highest likelihood down to 1. */
    public List<Integer> likelihoods() {
        List<Integer> values = new ArrayList<>();
        for (int i = matrix.likelihood(); i >= 1; i--) {
            values.add(i);
        }
        return values;
    }

    /** The columns of the map, from impact 1 up. */
    public List<Integer> impacts() {
        List<Integer> values = new ArrayList<>();
        for (int i = 1; i <= matrix.impact(); i++) {
            values.add(i);
        }
        return values;
    }
}
