package io.github.aimshandbook.engine.model;

/** The scale of likelihood and impact and the score thresholds of each risk level. */
public record RiskMatrix(int likelihood, int impact, int low, int medium, int high) {

    public static final RiskMatrix DEFAULT = new RiskMatrix(5, 5, 1, 5, 12);

    /** The level of a score: the highest threshold the score reaches. */
    public String level(int score) {
        if (score >= high) {
            return "high";
        }
        if (score >= medium) {
            return "medium";
        }
        return "low";
    }
}
