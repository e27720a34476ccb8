package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.model.AiSystem;
import io.github.aimshandbook.engine.model.Document;
import io.github.aimshandbook.engine.model.EvidenceRecord;
import io.github.aimshandbook.engine.model.Ref;
import io.github.aimshandbook.engine.model.Risk;
import java.util.List;

/**
 * The page of an AI system ({@code system.ftlh}): the system, the impact assessments and model cards that name it,
 * its risks (highest score first), its evidence records, and how risk scores and categories are named.
 */
public record SystemView(AiSystem system, List<Document> impactAssessments, List<Document> modelCards,
        List<Risk> risks, List<EvidenceRecord> evidence, RiskScale scale) {

    static SystemView of(AiSystem system, ViewSources r) {
        List<Document> documents = r.of(PageKinds.DOCUMENTS);
        List<Risk> risks = r.of(PageKinds.RISKS);
        List<EvidenceRecord> evidence = r.of(PageKinds.EVIDENCE);
        return new SystemView(system, documentsFor(documents, system.id(), "impact-assessment"),
                documentsFor(documents, system.id(), "model-card"),
                risks.stream().filter(x -> names(x.systems(), system.id())).toList(),
                evidence.stream().filter(e -> names(e.systems(), system.id())).toList(), r.scale());
    }

    private static List<Document> documentsFor(List<Document> documents, String systemId, String type) {
        return documents.stream().filter(d -> d.type().equals(type) && names(d.systems(), systemId)).toList();
    }

    private static boolean names(List<Ref> refs, String id) {
        return refs.stream().anyMatch(x -> x.id().equals(id));
    }
}
