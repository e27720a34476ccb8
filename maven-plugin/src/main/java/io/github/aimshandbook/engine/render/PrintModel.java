package io.github.aimshandbook.engine.render;

import java.util.List;
import java.util.Map;

/**
 * What {@code print.ftlh} sees: the site, the print page context, the views, every document's body with its links
 * pointed inside the PDF ({@code bodies}, by document id), the print stylesheet, and the chapters in order.
 */
public record PrintModel(SiteInfo site, PageContext page, Views v, Map<String, String> bodies, String css,
        List<Chapter> chapters) {
}
