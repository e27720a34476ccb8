package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.model.Document;
import java.util.List;

/** The register of documented information ({@code documents.ftlh}) and the PDF's document control. */
public record DocumentsView(List<Document> documents) {

    static DocumentsView of(ViewSources r) {
        return new DocumentsView(r.of(PageKinds.DOCUMENTS));
    }

    /** The documents of one type ({@code policy}, {@code procedure} ...), in register order. */
    public List<Document> ofType(String type) {
        return documents.stream().filter(d -> d.type().equals(type)).toList();
    }
}
