package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.model.Document;
import java.util.List;
import java.util.Map;

/**
 * What {@code print.ftlh} sees: the site, the print page context, the shared questions of the web pages
 * ({@code reviews}, {@code references}, {@code auditTrail}, {@code text}), every document for the document control
 * ({@code documents}), each document's body with its links pointed inside the PDF and its table of contents
 * ({@code bodies} and {@code contents}, by document id), the print stylesheet, and the chapters in order, each with
 * its section's view.
 */
public record PrintModel(SiteInfo site, PageContext page, Reviews reviews, References references,
        AuditTrail auditTrail, MarkdownText text, List<Document> documents, Map<String, String> bodies,
        Map<String, List<DocumentContents.Entry>> contents, String css, List<Chapter> chapters) {
}
