package io.github.aimshandbook.engine.model;

import java.util.List;

/** {@code soa.yaml}, entries in the order written. */
public record Soa(String version, Approval approved, List<SoaEntry> entries, Location location) {

    public Soa {
        entries = List.copyOf(entries);
    }
}
