package io.github.aimshandbook.engine.link;

import io.github.aimshandbook.engine.model.Audit;
import io.github.aimshandbook.engine.model.Catalog;
import io.github.aimshandbook.engine.model.Content;
import io.github.aimshandbook.engine.model.ManagementReview;
import io.github.aimshandbook.engine.model.Nonconformity;
import io.github.aimshandbook.engine.model.Objective;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;

/**
 * The linked model: content and catalog with every id resolved, the trace of each control, who references whom, and
 * the content files the handbook links to (copied into the output at the same relative path).
 */
public record Handbook(
        Catalog catalog,
        Content content,
        Index index,
        Map<String, ControlTrace> traces,
        Map<String, SortedSet<String>> referencedBy,
        Map<String, String> documentsByPath,
        SortedSet<String> attachments) {

    /** The objectives that own their id (an entry whose id is invalid or taken is left out), in register order. */
    public List<Objective> objectives() {
        return index.entries(EntityKind.OBJECTIVE, Objective.class);
    }

    /** The internal audits that own their id, in register order. */
    public List<Audit> audits() {
        return index.entries(EntityKind.AUDIT, Audit.class);
    }

    /** The nonconformities that own their id, in register order. */
    public List<Nonconformity> nonconformities() {
        return index.entries(EntityKind.NONCONFORMITY, Nonconformity.class);
    }

    /** The management reviews that own their id, in register order. */
    public List<ManagementReview> reviews() {
        return index.entries(EntityKind.MANAGEMENT_REVIEW, ManagementReview.class);
    }

    public ControlTrace trace(String controlId) {
        return traces.get(controlId);
    }

    public List<String> referencesTo(String id) {
        SortedSet<String> from = referencedBy.get(id);
        return from == null ? List.of() : List.copyOf(from);
    }

    /**
     * Where a relative link written in {@code fromFile} leads in the handbook, relative to the handbook root: a
     * document's page for a link to its source file, else the copied file. Empty when it leads nowhere.
     */
    public Optional<String> fileTarget(String fromFile, String written) {
        return Paths.resolve(fromFile, written).flatMap(path -> {
            String doc = documentsByPath.get(path);
            if (doc != null) {
                return Optional.of(index.get(doc).href());
            }
            return attachments.contains(path) ? Optional.of(path) : Optional.empty();
        });
    }
}
