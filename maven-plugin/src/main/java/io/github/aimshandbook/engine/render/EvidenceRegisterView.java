package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.model.EvidenceRecord;
import java.util.List;

/** The evidence register ({@code evidence-register.ftlh}) and its PDF chapter: the records, by id. */
public record EvidenceRegisterView(List<EvidenceRecord> evidence) {

    static EvidenceRegisterView of(ViewSources r) {
        return new EvidenceRegisterView(r.of(PageKinds.EVIDENCE));
    }
}
