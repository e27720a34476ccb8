package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.model.Audit;
import io.github.aimshandbook.engine.model.Clause;
import io.github.aimshandbook.engine.model.Document;
import java.util.List;

/**
 * Clauses 4 to 10 ({@code clauses.ftlh}) and the PDF's chapter of them: each clause, the documents answering it and
 * the internal audits that covered it; {@code hasAudits} when the handbook has an audit programme at all.
 */
public record ClausesView(List<Row> clauses, boolean hasAudits) {

    /** A clause, the documents whose {@code clauses:} name it, and the audits whose scope covers it, by date. */
    public record Row(Clause clause, List<Document> documents, List<Audit> audits) {
    }

    static ClausesView of(ViewSources r) {
        List<Document> documents = r.of(PageKinds.DOCUMENTS);
        List<Clause> clauses = r.of(PageKinds.CLAUSES);
        return new ClausesView(clauses.stream().map(c -> new Row(c, documents.stream()
                .filter(d -> d.clauses().stream().anyMatch(ref -> ref.id().equals(c.id()))).toList(),
                r.auditTrail().audits(c.id()))).toList(), !r.of(PageKinds.AUDITS).isEmpty());
    }
}
