package io.github.aimshandbook.engine.render;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import io.github.aimshandbook.engine.markup.MarkdownSyntax;
import java.util.ArrayList;
import java.util.List;

/**
 * Markdown through flexmark-java, with the handbook's links written by {@link HandbookLinksExtension}; the parser
 * and renderer are built once and shared. Thread-safe: a tree is only read while it is rendered.
 */
final class MarkdownRenderer implements BodyRenderer {

    private final DataHolder options = withHandbookLinks();

    /** Our extension last: flexmark lets the last registered renderer of a node win over earlier ones. */
    private static DataHolder withHandbookLinks() {
        MutableDataSet options = MarkdownSyntax.options();
        List<Extension> extensions = new ArrayList<>(Parser.EXTENSIONS.get(options));
        extensions.add(HandbookLinksExtension.create());
        return options.set(Parser.EXTENSIONS, extensions).toImmutable();
    }

    @Override
    public String toHtml(String markup, LinkTargets targets) {
        return render(MarkdownSyntax.parser().parse(markup), targets, false);
    }

    /**
     * Renders a document body, parsed by the load stage, without its leading level-1 heading, which the page shows as
     * its title already. The tree is not changed, so it can be rendered for the web and for print.
     */
    String documentBody(Document tree, LinkTargets targets) {
        return render(tree, targets, true);
    }

    private String render(Document tree, LinkTargets targets, boolean omitTitle) {
        // a renderer per body, since where links lead is an option of the renderer; building one is cheap next to
        // rendering (no parsing, a few factories)
        return HtmlRenderer.builder(new MutableDataSet(options)
                .set(HandbookLinksExtension.TARGETS, targets)
                .set(HandbookLinksExtension.OMIT_TITLE_HEADING, omitTitle)).build().render(tree);
    }
}
