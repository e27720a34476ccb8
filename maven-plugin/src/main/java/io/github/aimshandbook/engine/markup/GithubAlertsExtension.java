package io.github.aimshandbook.engine.markup;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GitHub's alerts: a block quote at the top level of a document whose first line is {@code [!NOTE]},
 * {@code [!TIP]}, {@code [!IMPORTANT]}, {@code [!WARNING]} or {@code [!CAUTION]} (any case) becomes a callout
 * with that title, in GitHub's markup: {@code <div class="markdown-alert markdown-alert-note"><p
 * class="markdown-alert-title">Note</p>...</div>}. Any other block quote stays one.
 */
public final class GithubAlertsExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    /** The class names of the callout, before the type ({@code markdown-alert-note}); GitHub's by default. */
    public static final DataKey<String> CLASS_PREFIX = new DataKey<>("GITHUB_ALERTS_CLASS_PREFIX", "markdown-alert");

    private static final Pattern MARKER = Pattern.compile("\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)]\\s*",
            Pattern.CASE_INSENSITIVE);

    private GithubAlertsExtension() {
    }

    public static GithubAlertsExtension create() {
        return new GithubAlertsExtension();
    }

    /** An alert: its children are the block quote's, without the marker line. */
    public static final class Alert extends Block {

        private final String type;

        Alert(BasedSequence chars, String type) {
            super(chars);
            this.type = type;
        }

        /** {@code note}, {@code tip}, {@code important}, {@code warning} or {@code caution}. */
        public String type() {
            return type;
        }

        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new NodePostProcessorFactory(false) {
            {
                addNodes(BlockQuote.class);
            }

            @Override
            public NodePostProcessor apply(Document document) {
                return new Alerts();
            }
        });
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        if (rendererType.equals("HTML")) {
            builder.nodeRendererFactory(options -> new AlertRenderer(CLASS_PREFIX.get(options)));
        }
    }

    private static final class Alerts extends NodePostProcessor {

        @Override
        public void process(NodeTracker state, Node node) {
            if (!(node instanceof BlockQuote quote) || !(quote.getParent() instanceof Document)
                    || !(quote.getFirstChild() instanceof Paragraph first)) {
                return;
            }
            Matcher marker = MARKER.matcher(first.getLineChars(0).trimEOL());
            if (!marker.matches() || first.getLineCount() == 1 && first.getNext() == null) {
                return; // GitHub shows a marker with nothing after it as the quote it is
            }
            if (first.getLineCount() == 1) {
                first.unlink();
            } else {
                Node inline = first.getFirstChild();
                while (inline != null && !(inline instanceof SoftLineBreak || inline instanceof HardLineBreak)) {
                    Node next = inline.getNext();
                    inline.unlink();
                    inline = next;
                }
                if (inline != null) {
                    inline.unlink();
                }
            }
            Alert alert = new Alert(quote.getChars(), marker.group(1).toLowerCase(Locale.ROOT));
            alert.takeChildren(quote);
            quote.insertBefore(alert);
            quote.unlink();
            state.nodeRemoved(quote);
            state.nodeAddedWithDescendants(alert);
        }
    }

    private static final class AlertRenderer implements NodeRenderer {

        private final String prefix;

        AlertRenderer(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Alert.class, this::render));
        }

        private void render(Alert alert, NodeRendererContext context, HtmlWriter html) {
            String title = Character.toUpperCase(alert.type().charAt(0)) + alert.type().substring(1);
            html.attr("class", prefix + " " + prefix + "-" + alert.type()).withAttr().tagLineIndent("div", () -> {
                html.attr("class", prefix + "-title").withAttr().tag("p").text(title).tag("/p").line();
                context.renderChildren(alert);
            });
        }
    }
}
