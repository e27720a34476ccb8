package io.github.aimshandbook.engine.render;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.github.aimshandbook.engine.load.GithubHeadingIds;
import io.github.aimshandbook.engine.load.MarkdownSyntax;

/** Markdown through flexmark-java; the parser and renderer are built once and shared. Thread-safe. */
final class MarkdownRenderer implements BodyRenderer {

    private final HtmlRenderer renderer = HtmlRenderer.builder(MarkdownSyntax.options()).build();

    @Override
    public String toHtml(String markup, String sourceFile) {
        return renderer.render(MarkdownSyntax.parser().parse(markup));
    }

    /**
     * Renders a document body without its leading level-1 heading, which the page shows as its title already.
     */
    String documentBody(String markup) {
        return documentBody(MarkdownSyntax.parser().parse(markup));
    }

    /** The same, from the tree the load stage parsed; the tree is changed. */
    String documentBody(Document document) {
        GithubHeadingIds.assign(document); // the title heading counts, as on GitHub: "#policy-1" after "# Policy"
        Node first = document.getFirstChild();
        if (first instanceof Heading heading && heading.getLevel() == 1) {
            heading.unlink();
        }
        return renderer.render(document);
    }
}
