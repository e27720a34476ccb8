package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.link.Handbook;
import io.github.aimshandbook.engine.model.Text;

/**
 * Markdown written inside YAML (a scope statement, a role's responsibilities, a risk's description), rendered for one
 * page: its references and links point from that page, or inside the PDF. Immutable.
 */
public final class MarkdownText {

    private final Handbook handbook;
    private final MarkdownRenderer markdown;
    private final HtmlSanitizer sanitizer;
    private final PageContext page;

    MarkdownText(Handbook handbook, MarkdownRenderer markdown, HtmlSanitizer sanitizer, PageContext page) {
        this.handbook = handbook;
        this.markdown = markdown;
        this.sanitizer = sanitizer;
        this.page = page;
    }

    /** The text as sanitized HTML; "" for a blank or missing text. */
    public String html(Text text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String file = text.location().file();
        LinkTargets targets = page.isPrint() ? LinkTargets.print(handbook, file, "text")
                : LinkTargets.web(handbook, file, page.getPath());
        return sanitizer.clean(markdown.toHtml(text.markdown(), targets), !page.isPrint());
    }
}
