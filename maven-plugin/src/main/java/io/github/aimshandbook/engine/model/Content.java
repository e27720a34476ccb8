package io.github.aimshandbook.engine.model;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything read from one content root, before references are resolved. The four registers of the audit cycle
 * (objectives, internal audits, nonconformities, management reviews) are in register order, list file first. {@code files} holds the path, relative to
 * the root, of every file under it, so that later stages can check links without touching the disk.
 */
public record Content(
        Manifest manifest,
        Soa soa,
        List<AiSystem> systems,
        List<Risk> risks,
        List<EvidenceRecord> evidence,
        List<Document> documents,
        List<Objective> objectives,
        List<Audit> audits,
        List<Nonconformity> nonconformities,
        List<ManagementReview> reviews,
        Set<String> files) {

    public Content {
        systems = List.copyOf(systems);
        risks = List.copyOf(risks);
        evidence = List.copyOf(evidence);
        documents = List.copyOf(documents);
        objectives = List.copyOf(objectives);
        audits = List.copyOf(audits);
        nonconformities = List.copyOf(nonconformities);
        reviews = List.copyOf(reviews);
        files = Collections.unmodifiableSortedSet(new TreeSet<>(files));
    }
}
