package io.github.aimshandbook.engine.model;

import java.util.List;

/** One control's decision in the Statement of Applicability. */
public record SoaEntry(
        String controlId,
        boolean applicable,
        String status,
        Ref owner,
        String justification,
        Text implementation,
        List<Ref> evidence,
        String inherited,
        Location location) {

    public SoaEntry {
        evidence = List.copyOf(evidence);
    }
}
