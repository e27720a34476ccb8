package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.model.Risk;

/** The page of a risk ({@code risk.ftlh}). */
public record RiskView(Risk risk) {
}
