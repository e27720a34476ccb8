package io.github.aimshandbook.engine.model;

import java.util.Map;

/**
 * Where each key of one YAML entry is written, so that a finding about a value points at the line that holds it;
 * {@code entry} is where the entry itself is (its {@code id}, or its first line), used for keys it does not write.
 */
public record Keys(Map<String, Location> written, Location entry) {

    public Keys {
        written = Map.copyOf(written);
    }

    /** Where {@code key} is written, or where the entry is when it is not. */
    public Location at(String key) {
        return written.getOrDefault(key, entry);
    }

    public boolean has(String key) {
        return written.containsKey(key);
    }
}
