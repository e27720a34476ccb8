package io.github.aimshandbook.engine.markup;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Heading ids as GitHub makes them (github-slugger), so that a link copied from GitHub ({@code doc.md#some-heading})
 * finds its heading here: the heading's text lowercased, everything but letters, marks, numbers, connector
 * punctuation ({@code _}), hyphens and spaces removed, each space a hyphen; a repeated id gets {@code -1},
 * {@code -2} ... (the first free one). Letters of every script are kept.
 */
public final class GithubHeadingIds implements HtmlRenderer.HtmlRendererExtension {

    private static final Pattern REMOVED = Pattern.compile("[^\\p{L}\\p{M}\\p{N}\\p{Pc}\\- ]");

    private GithubHeadingIds() {
    }

    public static GithubHeadingIds create() {
        return new GithubHeadingIds();
    }

    /** GitHub's id of one heading text, before duplicates are numbered. */
    public static String slug(String headingText) {
        return REMOVED.matcher(headingText.toLowerCase(Locale.ROOT)).replaceAll("").replace(' ', '-');
    }

    /**
     * Gives every heading of a parsed document its id, in document order, and returns the ids. The render stage calls
     * it before it takes the title heading out of a body, so that the ids are numbered as GitHub numbers them.
     */
    public static List<String> assign(Document document) {
        List<String> ids = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        new NodeVisitor(new VisitHandler<>(Heading.class, h -> {
            h.setAnchorRefId(unique(slug(h.getAnchorRefText()), taken));
            ids.add(h.getAnchorRefId());
        })).visit(document);
        return ids;
    }

    private static String unique(String slug, Set<String> taken) {
        String id = slug;
        for (int n = 1; !taken.add(id); n++) {
            id = slug + "-" + n;
        }
        return id;
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.htmlIdGeneratorFactory(new Factory());
    }

    private static final class Factory implements HeaderIdGeneratorFactory {

        @Override
        public HtmlIdGenerator create(LinkResolverContext context) {
            return create();
        }

        @Override
        public HtmlIdGenerator create() {
            return new Generator();
        }
    }

    /** One per rendering: the ids taken so far belong to one document. */
    private static final class Generator implements HtmlIdGenerator {

        private final Set<String> taken = new HashSet<>();

        @Override
        public void generateIds(Document document) {
            taken.clear();
            new NodeVisitor(new VisitHandler<>(Heading.class, h -> {
                if (h.getAnchorRefId().isEmpty()) {
                    h.setAnchorRefId(unique(slug(h.getAnchorRefText()), taken));
                } else {
                    taken.add(h.getAnchorRefId()); // assigned before the title heading was taken out
                }
            })).visit(document);
        }

        @Override
        public String getId(Node node) {
            return node instanceof Heading h ? h.getAnchorRefId() : null;
        }

        @Override
        public String getId(CharSequence text) {
            return unique(slug(text.toString()), taken);
        }
    }
}
