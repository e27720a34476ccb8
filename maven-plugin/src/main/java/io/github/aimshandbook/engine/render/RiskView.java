package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.model.Risk;

/** The page of a risk ({@code risk.ftlh}): the risk, and how its scores and category are named. */
public record RiskView(Risk risk, RiskScale scale) {
}
