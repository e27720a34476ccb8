package io.github.aimshandbook.engine.load;

import com.vladsch.flexmark.ast.AnchorRefTarget;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.github.aimshandbook.engine.markup.GithubHeadingIds;
import io.github.aimshandbook.engine.model.BodyIds;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ids of a parsed Markdown body: the heading ids, given to the tree here by {@link GithubHeadingIds} (the title
 * heading counts, as on GitHub), so that the ids a link is checked against are the very ids the renderer writes (it
 * keeps an id a heading already has), and the {@code id} attributes of raw HTML, which the sanitizer keeps.
 * Stateless.
 */
public final class MarkdownIds {

    private static final Pattern HTML_ID = Pattern.compile("\\sid\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

    private MarkdownIds() {
    }

    public static BodyIds of(Document tree) {
        GithubHeadingIds.assign(tree);
        TreeSet<String> ids = new TreeSet<>();
        collect(tree, ids);
        return new BodyIds(ids, true);
    }

    private static void collect(Node node, TreeSet<String> ids) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof AnchorRefTarget target && !target.getAnchorRefId().isEmpty()) {
                ids.add(target.getAnchorRefId());
            }
            if (child instanceof HtmlBlock || child instanceof HtmlInline) {
                Matcher id = HTML_ID.matcher(child.getChars());
                while (id.find()) {
                    ids.add(id.group(1) != null ? id.group(1) : id.group(2));
                }
            }
            collect(child, ids);
        }
    }
}
