package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.model.Document;

/** The page of a document ({@code document.ftlh}): the document and its rendered body, links resolved for the page. */
public record DocumentView(Document document, String body) {
}
