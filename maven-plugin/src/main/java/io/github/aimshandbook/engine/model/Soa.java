package io.github.aimshandbook.engine.model;

import java.util.List;

/** {@code soa.yaml}, entries in the order written; {@code location} is its {@code controls:} key when written. */
public record Soa(String version, Approval approved, List<SoaEntry> entries, Location location) {

    public Soa {
        entries = List.copyOf(entries);
    }
}
