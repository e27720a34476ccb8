package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.model.Document;
import java.util.List;

/**
 * The page of a document ({@code document.ftlh}): the document, its rendered body with links resolved for the page,
 * the controls it stands behind (counted or not), and the table of contents of its body (empty when short).
 */
public record DocumentView(Document document, String body, List<String> controls,
        List<DocumentContents.Entry> contents) {

    static DocumentView of(Document document, String body, ViewSources r) {
        return new DocumentView(document, body, r.references().controlsOf(document.id()),
                DocumentContents.of(body));
    }
}
