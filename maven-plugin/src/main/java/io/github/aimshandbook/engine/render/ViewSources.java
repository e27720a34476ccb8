package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.check.Assessment;
import io.github.aimshandbook.engine.link.EntityKind;
import io.github.aimshandbook.engine.link.Handbook;
import io.github.aimshandbook.engine.model.Finding;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the views of one handbook are made from: the linked handbook, its assessment and findings, and the items of
 * every page kind of {@link PageKinds} in the order their section lists them, worked out once per build. Immutable.
 */
final class ViewSources {

    private final Handbook handbook;
    private final Assessment assessment;
    private final List<Finding> findings;
    private final Map<EntityKind, List<?>> lists = new EnumMap<>(EntityKind.class);
    private final Map<EntityKind, Map<String, ?>> byId = new EnumMap<>(EntityKind.class);
    private final References references;
    private final Reviews reviews;
    private final RiskScale scale;
    private final AuditTrail auditTrail;

    ViewSources(Handbook handbook, Assessment assessment, List<Finding> findings) {
        this.handbook = handbook;
        this.assessment = assessment;
        this.findings = List.copyOf(findings);
        for (PageKind kind : PageKinds.ALL) {
            if (kind.items() != null) {
                index(kind.items());
            }
        }
        this.references = new References(handbook, assessment);
        this.reviews = new Reviews(assessment);
        this.auditTrail = new AuditTrail(handbook);
        this.scale = RiskScale.of(handbook.content().manifest().riskMatrix(), handbook.catalog());
    }

    private <T> void index(PageKind.Items<T> items) {
        List<T> list = items.all().list(handbook, assessment);
        Map<String, T> ids = new HashMap<>();
        list.forEach(t -> ids.putIfAbsent(items.id().apply(t), t));
        lists.put(items.kind(), list);
        byId.put(items.kind(), ids);
    }

    /** The items of a page kind, in the order its section lists them. */
    @SuppressWarnings("unchecked") // each list was made by the same Items, so it holds its T
    <T> List<T> of(PageKind.Items<T> items) {
        return (List<T>) lists.get(items.kind());
    }

    /** The item of a page kind with this id, or null. */
    @SuppressWarnings("unchecked") // made by the same Items as the list
    <T> T find(PageKind.Items<T> items, String id) {
        return (T) byId.get(items.kind()).get(id);
    }

    Handbook handbook() {
        return handbook;
    }

    Assessment assessment() {
        return assessment;
    }

    List<Finding> findings() {
        return findings;
    }

    References references() {
        return references;
    }

    Reviews reviews() {
        return reviews;
    }

    AuditTrail auditTrail() {
        return auditTrail;
    }

    RiskScale scale() {
        return scale;
    }
}
