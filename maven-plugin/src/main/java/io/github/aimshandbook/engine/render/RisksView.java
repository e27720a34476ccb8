package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.model.Risk;
import io.github.aimshandbook.engine.model.RiskMatrix;
import java.util.List;

/**
 * The risk register ({@code risks.ftlh}) and its PDF chapter: the risks, highest score first, the handbook's risk
 * matrix, its heat maps, and how scores and categories are named.
 */
public record RisksView(List<Risk> risks, RiskMatrix matrix, HeatMap heat, RiskScale scale) {

    static RisksView of(ViewSources r) {
        List<Risk> risks = r.of(PageKinds.RISKS);
        RiskMatrix matrix = r.handbook().content().manifest().riskMatrix();
        return new RisksView(risks, matrix, new HeatMap(risks, matrix), r.scale());
    }
}
