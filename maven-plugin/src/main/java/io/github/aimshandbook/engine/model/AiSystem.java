package io.github.aimshandbook.engine.model;

import java.util.List;
import java.util.Map;

/**
 * An entry of the AI system register ({@code systems/ID.yaml}). {@code keys} holds where each written key stands,
 * so that a finding about the system points at the line that decides it.
 */
public record AiSystem(
        String id,
        String name,
        Ref owner,
        String purpose,
        List<String> aiRoles,
        String lifecycle,
        boolean inScope,
        String riskClass,
        List<Map<String, String>> dataInputs,
        List<Map<String, String>> dataOutputs,
        List<Map<String, String>> models,
        String humanOversight,
        List<Ref> controls,
        Review review,
        Location location,
        Map<String, Location> keys) implements Entity, Owned {

    public AiSystem {
        aiRoles = List.copyOf(aiRoles);
        dataInputs = List.copyOf(dataInputs);
        dataOutputs = List.copyOf(dataOutputs);
        models = List.copyOf(models);
        controls = List.copyOf(controls);
        keys = Map.copyOf(keys);
    }

    /** The title that links to the system show: its name. */
    @Override
    public String title() {
        return name;
    }

    /** Where {@code key} is written, or where the system is when it is not. */
    public Location at(String key) {
        return keys.getOrDefault(key, location);
    }

    /** Providers and producers must publish a model card. */
    public boolean needsModelCard() {
        return aiRoles.contains("provider") || aiRoles.contains("producer");
    }
}
