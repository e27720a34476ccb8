package io.github.aimshandbook.engine.check;

import io.github.aimshandbook.engine.Closest;
import io.github.aimshandbook.engine.link.Handbook;
import io.github.aimshandbook.engine.model.AiObjective;
import io.github.aimshandbook.engine.model.Findings;
import io.github.aimshandbook.engine.model.Risk;
import io.github.aimshandbook.engine.model.RiskMatrix;
import java.time.LocalDate;
import java.util.List;

/** The risk register: scores within the matrix, residual risk not above inherent, treatments that name controls. */
final class RiskCheck implements Check {

    @Override
    public void run(Handbook handbook, LocalDate today, Findings findings) {
        RiskMatrix matrix = handbook.content().manifest().riskMatrix();
        List<String> categories = handbook.catalog().objectives().stream().map(AiObjective::key).toList();
        List<Risk> risks = handbook.content().risks();
        if (!risks.isEmpty() && risks.stream().allMatch(r -> "security".equals(r.category()))) {
            findings.warning("one-sided-risk-register", risks.get(0).location(), "Every risk in the register is a"
                    + " security risk. An AI risk register also covers fairness, transparency, privacy, robustness,"
                    + " safety and impacts on people and society; auditors look for them.");
        }
        for (Risk r : risks) {
            if (r.likelihood() > matrix.likelihood() || r.impact() > matrix.impact()
                    || r.residualLikelihood() > matrix.likelihood() || r.residualImpact() > matrix.impact()) {
                findings.error("risk-out-of-matrix", r.location(), "Risk " + r.id() + " is scored outside the risk"
                        + " matrix (likelihood 1-" + matrix.likelihood() + ", impact 1-" + matrix.impact() + ").");
            }
            if (r.hasResidual() && (r.residualLikelihood() > r.likelihood() || r.residualImpact() > r.impact())) {
                findings.error("residual-above-inherent", r.location(), "Risk " + r.id() + " has a residual rating ("
                        + r.residualLikelihood() + " x " + r.residualImpact() + ") above its inherent rating ("
                        + r.likelihood() + " x " + r.impact() + "). Treatment cannot make a risk worse; check both.");
            }
            if (!r.category().isEmpty() && !categories.contains(r.category())) {
                findings.warning("unknown-risk-category", r.location(), "Risk " + r.id() + " has the category '"
                        + r.category() + "', which is not an Annex C objective." + Closest.hint(r.category(),
                        categories) + " Known: " + String.join(", ", categories) + ".");
            }
            if ("mitigate".equals(r.treatment()) && r.controls().isEmpty()) {
                findings.warning("mitigation-without-controls", r.location(), "Risk " + r.id() + " is treated by"
                        + " 'mitigate' but names no control. List the Annex A controls that reduce it under"
                        + " 'controls:'.");
            }
        }
    }
}
