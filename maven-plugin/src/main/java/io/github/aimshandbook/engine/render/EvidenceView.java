package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.model.EvidenceRecord;
import java.util.List;

/** The page of an evidence record ({@code evidence.ftlh}): the record and the controls it is evidence of. */
public record EvidenceView(EvidenceRecord record, List<String> controls) {
}
