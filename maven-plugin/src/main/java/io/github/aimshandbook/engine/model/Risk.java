package io.github.aimshandbook.engine.model;

import java.util.List;

/** An entry of the risk register. Residual values are 0 when not assessed. */
public record Risk(
        String id,
        String title,
        Text description,
        String category,
        List<Ref> systems,
        Ref owner,
        int likelihood,
        int impact,
        String treatment,
        List<Ref> controls,
        int residualLikelihood,
        int residualImpact,
        String status,
        Location location) implements Entity, Owned {

    public Risk {
        systems = List.copyOf(systems);
        controls = List.copyOf(controls);
    }

    public int score() {
        return likelihood * impact;
    }

    public boolean hasResidual() {
        return residualLikelihood > 0 && residualImpact > 0;
    }

    public int residualScore() {
        return residualLikelihood * residualImpact;
    }
}
