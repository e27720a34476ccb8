package io.github.aimshandbook.engine.render;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the links of a Markdown body with their final addresses while it is rendered: {@code [[ID]]} to the
 * entity's page with its title as text (or a marked span when no entity has the id), relative links and images to
 * the generated page or the copied file, and, in the print document, every id of the body and every link to one with
 * the body's prefix. Where the links lead is {@link #TARGETS}; without it links stay as written.
 */
final class HandbookLinksExtension implements HtmlRenderer.HtmlRendererExtension {

    /** Where the links of the body being rendered lead. */
    static final NullableDataKey<LinkTargets> TARGETS = new NullableDataKey<>("AIMS_LINK_TARGETS");

    /**
     * Leaves out a level-1 heading that opens the body, which the page shows as its title already; an empty element
     * keeps its id.
     */
    static final DataKey<Boolean> OMIT_TITLE_HEADING = new DataKey<>("AIMS_OMIT_TITLE_HEADING", false);

    private static final String REF = "aims-ref:";
    private static final Pattern RAW_URL = Pattern.compile("(\\s(?:src|href)\\s*=\\s*)(?:\"([^\"]*)\"|'([^']*)')",
            Pattern.CASE_INSENSITIVE);

    private HandbookLinksExtension() {
    }

    static HandbookLinksExtension create() {
        return new HandbookLinksExtension();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(Renderer::new);
        builder.linkResolverFactory(new IndependentLinkResolverFactory() {
            @Override
            public LinkResolver apply(LinkResolverBasicContext context) {
                LinkTargets targets = TARGETS.get(context.getOptions());
                return targets == null ? LinkResolver.NULL : new Resolver(targets);
            }
        });
        builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                LinkTargets targets = TARGETS.get(context.getOptions());
                return targets == null || !targets.isPrint() ? (node, part, attributes) -> { } : new PrintIds(targets);
            }
        });
    }

    /** Relative links and images: to the page or file of the handbook, marked {@code broken-link} when none. */
    private record Resolver(LinkTargets targets) implements LinkResolver {

        @Override
        public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
            String url = link.getUrl();
            if (url.startsWith(REF)) {
                Optional<LinkTargets.Reference> reference = targets.reference(url.substring(REF.length()));
                if (reference.isPresent()) {
                    return link.withUrl(reference.get().href()).withStatus(LinkStatus.VALID);
                }
            }
            if (url.isEmpty() || url.startsWith("#") || LinkTargets.isExternal(url)) {
                return link; // fragments get their print prefix with the ids
            }
            Optional<String> target = url.startsWith(REF) ? Optional.empty() : targets.relative(url);
            if (target.isPresent()) {
                return link.withUrl(target.get()).withStatus(LinkStatus.VALID);
            }
            ResolvedLink broken = link.withStatus(LinkStatus.NOT_FOUND);
            broken.getMutableAttributes().addValue("class", "broken-link");
            return broken;
        }
    }

    /** In the print document, ids and the links to them carry the body's prefix. */
    private record PrintIds(LinkTargets targets) implements AttributeProvider {

        @Override
        public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
            String prefixed = targets.id("");
            String id = attributes.getValue("id");
            // a heading's id is asked for (part ID) and then set on its tag, where it must not be prefixed twice
            if (!id.isEmpty() && (part == AttributablePart.ID || !id.startsWith(prefixed))) {
                attributes.replaceValue("id", targets.id(id));
            }
            String href = attributes.getValue("href");
            // only what was written as a place in the body: resolved references and links lead to other anchors
            boolean written = node instanceof LinkNodeBase link ? link.getUrl().startsWith("#")
                    : !(node instanceof WikiLink);
            if (written && href.startsWith("#") && !href.startsWith("#" + prefixed)) {
                attributes.replaceValue("href", targets.fragment(href.substring(1)));
            }
        }
    }

    /** References and the omitted title heading. */
    private static final class Renderer implements NodeRenderer {

        private final LinkTargets targets;
        private final boolean omitTitle;

        Renderer(DataHolder options) {
            this.targets = TARGETS.get(options);
            this.omitTitle = OMIT_TITLE_HEADING.get(options);
        }

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(WikiLink.class, this::reference),
                    new NodeRenderingHandler<>(Heading.class, this::heading),
                    new NodeRenderingHandler<>(HtmlBlock.class, (block, context, html) -> {
                        String raw = block.getContentChars().normalizeEOL();
                        String resolved = rawHtml(raw);
                        if (resolved.equals(raw)) {
                            context.delegateRender();
                        } else {
                            html.line();
                            html.rawPre(resolved);
                            html.lineIf(context.getHtmlOptions().htmlBlockCloseTagEol);
                        }
                    }),
                    new NodeRenderingHandler<>(HtmlInline.class, (inline, context, html) -> {
                        String raw = inline.getChars().normalizeEOL();
                        String resolved = rawHtml(raw);
                        if (resolved.equals(raw)) {
                            context.delegateRender();
                        } else {
                            html.raw(resolved);
                        }
                    }));
        }

        /**
         * Raw HTML as written, with the relative {@code src} and {@code href} of its tags (an {@code <img>} sized by
         * hand, a link GitHub would follow) pointed where the handbook has the file, as Markdown links are.
         */
        private String rawHtml(String raw) {
            if (targets == null || !raw.contains("=")) {
                return raw;
            }
            Matcher m = RAW_URL.matcher(raw);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String url = m.group(2) != null ? m.group(2) : m.group(3);
                String resolved = url;
                if (!url.isEmpty() && !url.startsWith("#") && !LinkTargets.isExternal(url)) {
                    resolved = targets.relative(url.replace("&amp;", "&")).orElse(url);
                }
                char quote = m.group(2) != null ? '"' : '\'';
                m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + quote + resolved + quote));
            }
            m.appendTail(out);
            return out.toString();
        }

        private void heading(Heading heading, NodeRendererContext context, HtmlWriter html) {
            if (omitTitle && heading.getLevel() == 1 && heading.getParent() instanceof Document document
                    && document.getFirstChild() == heading) {
                // the heading goes, its id stays: a link to it (as on GitHub) leads to the top of the body
                String id = context.getNodeId(heading);
                if (id != null && !id.isEmpty()) {
                    html.attr("id", id).withAttr().tag("span").tag("/span").line();
                }
                return;
            }
            context.delegateRender();
        }

        private void reference(WikiLink link, NodeRendererContext context, HtmlWriter html) {
            String id = link.getLink().toString().strip();
            String text = link.getText().isBlank() ? id : link.getText().toString().strip();
            Optional<LinkTargets.Reference> target = targets == null ? Optional.empty() : targets.reference(id);
            if (target.isEmpty()) {
                html.attr("class", "broken-ref").attr("title", "Unresolved reference " + id).withAttr().tag("span");
                html.text(text);
                html.tag("/span");
                return;
            }
            html.attr("href", target.get().href()).attr("class", target.get().cssClass()).withAttr().tag("a");
            html.text(text.equals(id) ? target.get().title() : text);
            html.tag("/a");
        }
    }
}
