package io.github.aimshandbook.engine.model;

import java.time.LocalDate;
import java.util.List;

/** One evidence record: proof that something was done, kept as a file, a link, or both. */
public record EvidenceRecord(
        String id,
        String title,
        String kind,
        LocalDate date,
        Ref owner,
        Attachment file,
        String url,
        List<Ref> controls,
        List<Ref> systems,
        Review review,
        Location location) implements Entity, Owned {

    public EvidenceRecord {
        controls = List.copyOf(controls);
        systems = List.copyOf(systems);
    }
}
