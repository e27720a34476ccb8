package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.link.Paths;
import io.github.aimshandbook.engine.model.XrefTarget;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.asciidoctor.ast.ContentNode;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.PhraseNode;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Format;
import org.asciidoctor.extension.FormatType;
import org.asciidoctor.extension.InlineMacroProcessor;
import org.asciidoctor.extension.Name;
import org.asciidoctor.extension.Treeprocessor;

/**
 * The AsciiDoc side of the handbook's links, written while Asciidoctor converts a body: our {@code ref:ID[]}
 * references, every cross reference form Asciidoctor documents ({@code <<id>>}, {@code <<id,text>>},
 * {@code xref:id[]}, {@code xref:other.adoc#id[text]}, {@code <<other.adoc#id,text>>}, {@code <<other#id>>}), and
 * the print prefix of the body's ids. The {@link LinkTargets} of the conversion travel in its options under
 * {@link #TARGETS}. Cross references are parsed the way Asciidoctor's own substitutor parses them, so that an xref
 * leads where Asciidoctor would send it, only to the handbook's page of the target document instead of its source.
 */
final class AsciidocLinks {

    /** The conversion option that holds the conversion's {@link LinkTargets}. */
    static final String TARGETS = "aims-link-targets";

    private AsciidocLinks() {
    }

    /** The text between the brackets as one text, commas and all, as Asciidoctor's xref takes it. */
    private static Map<String, Object> textContent() {
        Map<String, Object> config = new HashMap<>();
        config.put("content_model", ":text");
        return config;
    }

    /** The text between a macro's brackets, or null when there is none. */
    private static String text(Map<String, Object> attributes) {
        Object text = attributes.get("text");
        return text == null || text.toString().isBlank() ? null : text.toString();
    }

    static LinkTargets targets(ContentNode node) {
        Object targets = node.getDocument().getOptions().get(TARGETS);
        if (targets instanceof LinkTargets t) {
            return t;
        }
        throw new IllegalStateException("An AsciiDoc body was converted without the addresses of its links");
    }

    /*
     * The patterns of these macros use POSIX brackets ([[:word:]], [[:alnum:]]), not \p{Word}: AsciidoctorJ
     * (3.0.1, JRuby 9.4) compiles a pattern given from Java with \p{...} as an ASCII-8BIT regexp, and matching it
     * against a UTF-8 line raises "incompatible encoding regexp match", so any AsciiDoc text with a character outside
     * ASCII (é, ✅) failed the build. POSIX brackets match Unicode letters and digits in UTF-8 text all the same.
     */

    /**
     * {@code ref:ID[]} and {@code ref:ID[text]}, only as a word of its own: Asciidoctor's default pattern for a macro
     * would also match the {@code ref:} inside {@code xref:}.
     */
    @Name("ref")
    @Format(value = FormatType.CUSTOM, regexp = "(?<![[:word:]])\\\\?ref:([[:alnum:]][[:word:].:-]*)\\[(?:\\]|(.*?[^\\\\])\\])")
    public static final class RefMacro extends InlineMacroProcessor {

        public RefMacro() {
            super("ref", textContent());
        }

        @Override
        public PhraseNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
            String label = text(attributes);
            Optional<LinkTargets.Reference> reference = targets(parent).reference(target);
            if (reference.isEmpty()) {
                return createPhraseNode(parent, "quoted", label == null ? target : label,
                        Map.of("role", "broken-ref"), Map.of("type", ":unquoted"));
            }
            return createPhraseNode(parent, "anchor", label == null ? escaped(reference.get().title()) : label,
                    Map.of("role", reference.get().cssClass()),
                    Map.of("type", ":link", "target", reference.get().href()));
        }
    }

    /** {@code xref:target[]} and {@code xref:target[text]}. */
    @Name("aims-xref")
    @Format(value = FormatType.CUSTOM,
            regexp = "(?<![[:word:]])\\\\?xref:([[:word:]#/.:{][^\\[\\n]*?)\\[(?:\\]|(.*?[^\\\\])\\])")
    public static final class XrefMacro extends InlineMacroProcessor {

        public XrefMacro() {
            super("aims-xref", textContent());
        }

        @Override
        public PhraseNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
            return xref(this, parent, target, text(attributes), true);
        }
    }

    /** {@code <<target>>} and {@code <<target,text>>}; special characters are already escaped when macros run. */
    @Name("aims-xref-shorthand")
    @Format(value = FormatType.CUSTOM, regexp = "\\\\?&lt;&lt;([[:word:]#/.:{][\\s\\S]*?)&gt;&gt;")
    public static final class ShorthandXref extends InlineMacroProcessor {

        @Override
        public PhraseNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
            int comma = target.indexOf(',');
            String refid = comma < 0 ? target : target.substring(0, comma);
            String text = comma < 0 ? null : target.substring(comma + 1).strip();
            return xref(this, parent, refid.strip(), text == null || text.isEmpty() ? null : text, false);
        }
    }

    /** {@code [[id]]} and {@code [[id,reftext]]} inside text: an anchor with the id of this output. */
    @Name("aims-inline-anchor")
    @Format(value = FormatType.CUSTOM, regexp = "\\\\?\\[\\[([[:alpha:]_:][[:word:]\\-:.]*)(?:, *(.+?))?\\]\\]")
    public static final class InlineAnchor extends InlineMacroProcessor {

        @Override
        public PhraseNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
            return anchor(this, parent, target);
        }
    }

    /** {@code anchor:id[]} and {@code anchor:id[reftext]}: the same. */
    @Name("aims-anchor-macro")
    @Format(value = FormatType.CUSTOM,
            regexp = "(?<![[:word:]])\\\\?anchor:([[:alpha:]_:][[:word:]\\-:.]*)\\[(?:\\]|(.*?[^\\\\])\\])")
    public static final class AnchorMacro extends InlineMacroProcessor {

        @Override
        public PhraseNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
            return anchor(this, parent, target);
        }
    }

    private static PhraseNode anchor(InlineMacroProcessor processor, StructuralNode parent, String id) {
        return processor.createPhraseNode(parent, "anchor", "", Map.of(),
                Map.of("type", ":ref", "id", targets(parent).id(id)));
    }

    /** In the print document, every id of the body gets its prefix, so that no two documents share one. */
    public static final class PrintIds extends Treeprocessor {

        @Override
        public Document process(Document document) {
            LinkTargets targets = targets(document);
            if (targets.isPrint()) {
                for (StructuralNode node : document.findBy(new HashMap<>())) {
                    if (node.getId() != null && node != document) {
                        node.setId(targets.id(node.getId()));
                    }
                }
            }
            return document;
        }
    }

    /** Asciidoctor's reading of an xref target (Substitutors#sub_macros), then the handbook's address for it. */
    private static PhraseNode xref(InlineMacroProcessor processor, StructuralNode parent, String refid, String text,
            boolean macro) {
        LinkTargets targets = targets(parent);
        XrefTarget xref = XrefTarget.of(refid, macro);
        String path = xref.isInternal() ? null : xref.path();
        String fragment = xref.fragment();
        if (path != null && Paths.resolve(targets.sourceFile(), path)
                .filter(p -> p.equals(targets.sourceFile())).isPresent()) {
            path = null; // a reference to the document itself
        }
        if (path == null) {
            Map<String, Object> attributes = new HashMap<>();
            attributes.put("refid", fragment); // the converter takes a missing text from the section it names
            return processor.createPhraseNode(parent, "anchor", text, attributes,
                    Map.of("type", ":xref", "target", targets.fragment(fragment)));
        }
        Optional<String> href = targets.file(path, fragment);
        String label = text != null ? text : targets.documentTitle(path).map(AsciidocLinks::escaped).orElse(refid);
        if (href.isEmpty()) {
            return processor.createPhraseNode(parent, "anchor", label, Map.of("role", "broken-link"),
                    Map.of("type", ":link", "target", refid));
        }
        return processor.createPhraseNode(parent, "anchor", label, Map.of(),
                Map.of("type", ":link", "target", href.get()));
    }

    /** Text for the converter, which writes what a processor gives it as it is. */
    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
