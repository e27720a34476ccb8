package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.check.ControlStatus;

/** The page of an Annex A control ({@code control.ftlh}): the control with its decision, trace and readiness. */
public record ControlView(ControlStatus c) {
}
