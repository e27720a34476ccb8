package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.model.AiSystem;
import io.github.aimshandbook.engine.model.Document;
import io.github.aimshandbook.engine.model.EvidenceRecord;
import io.github.aimshandbook.engine.model.Risk;
import java.util.List;

/**
 * The page of an AI system ({@code system.ftlh}): the system, the impact assessments and model cards that name it,
 * its risks (highest score first) and its evidence records.
 */
public record SystemView(AiSystem system, List<Document> impactAssessments, List<Document> modelCards,
        List<Risk> risks, List<EvidenceRecord> evidence) {

    static SystemView of(AiSystem system, Views views) {
        return new SystemView(system, views.documentsFor(system.id(), "impact-assessment"),
                views.documentsFor(system.id(), "model-card"), views.risksOf(system.id()),
                views.evidence().stream().filter(e -> e.systems().stream().anyMatch(r -> r.id().equals(system.id())))
                        .toList());
    }
}
