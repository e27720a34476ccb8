package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.check.ControlStatus;
import io.github.aimshandbook.engine.model.Area;
import io.github.aimshandbook.engine.model.Catalog;
import io.github.aimshandbook.engine.model.Document;
import io.github.aimshandbook.engine.model.EvidenceRecord;
import java.util.List;

/**
 * The page of an Annex A control ({@code control.ftlh}): the control with its decision, trace and readiness, the
 * titles of its area and objective, and each item of its evidence, a document or an evidence record.
 */
public record ControlView(ControlStatus c, String areaTitle, String groupTitle, List<Evidence> evidence) {

    /** One item of a control's evidence: {@code document} or {@code record} is set, the other null. */
    public record Evidence(String id, Document document, EvidenceRecord record) {
    }

    static ControlView of(ControlStatus c, ViewSources r) {
        Catalog catalog = r.handbook().catalog();
        return new ControlView(c, titleOf(catalog, c.control().area()), titleOf(catalog, c.control().group()),
                c.trace().evidence().stream().map(id -> new Evidence(id, r.find(PageKinds.DOCUMENTS, id),
                        r.find(PageKinds.EVIDENCE, id))).toList());
    }

    private static String titleOf(Catalog catalog, String areaId) {
        return catalog.groups().stream().filter(a -> a.id().equals(areaId)).map(Area::title).findFirst()
                .orElse(areaId);
    }
}
