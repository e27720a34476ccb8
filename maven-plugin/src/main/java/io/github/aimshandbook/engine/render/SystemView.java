package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.model.AiSystem;

/** The page of an AI system ({@code system.ftlh}). */
public record SystemView(AiSystem system) {
}
