package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.model.EvidenceRecord;

/** The page of an evidence record ({@code evidence.ftlh}). */
public record EvidenceView(EvidenceRecord record) {
}
