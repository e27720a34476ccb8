package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.model.Clause;
import io.github.aimshandbook.engine.model.Document;
import java.util.List;

/** Clauses 4 to 10 ({@code clauses.ftlh}) and the PDF's chapter of them: each clause and the documents answering it. */
public record ClausesView(List<Row> clauses) {

    /** A clause and the documents whose {@code clauses:} name it. */
    public record Row(Clause clause, List<Document> documents) {
    }

    static ClausesView of(ViewSources r) {
        List<Document> documents = r.of(PageKinds.DOCUMENTS);
        List<Clause> clauses = r.of(PageKinds.CLAUSES);
        return new ClausesView(clauses.stream().map(c -> new Row(c, documents.stream()
                .filter(d -> d.clauses().stream().anyMatch(ref -> ref.id().equals(c.id()))).toList())).toList());
    }
}
