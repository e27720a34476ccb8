package io.github.aimshandbook.engine.render;

import java.nio.file.Path;
import java.util.Map;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.PhraseNode;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.InlineMacroProcessor;
import org.asciidoctor.extension.Name;

/**
 * AsciiDoc through AsciidoctorJ. Starting JRuby costs seconds, so the instance is created on first use only (a
 * handbook without AsciiDoc never pays for it) and then shared; conversions are serialized, since one Asciidoctor
 * instance is not safe for concurrent use. Content runs in SAFE mode (the safe mode cannot be changed from content),
 * and every include is served by {@link ContentIncludes}, which reads only files of the content root.
 */
final class AsciidocRenderer implements BodyRenderer, AutoCloseable {

    private final Path contentRoot;
    private Asciidoctor asciidoctor;

    AsciidocRenderer(Path contentRoot) {
        this.contentRoot = contentRoot;
    }

    @Override
    public synchronized String toHtml(String markup, String sourceFile) {
        if (asciidoctor == null) {
            asciidoctor = Asciidoctor.Factory.create();
            asciidoctor.javaExtensionRegistry().inlineMacro(RefMacro.class);
            asciidoctor.javaExtensionRegistry().includeProcessor(new ContentIncludes(contentRoot));
        }
        Path folder = contentRoot.resolve(sourceFile).getParent();
        Options options = Options.builder()
                .safe(SafeMode.SAFE)
                .standalone(false)
                .baseDir(folder.toFile())
                .attributes(Attributes.builder()
                        .attribute("skip-front-matter", "")
                        .attribute("showtitle!", "")
                        .attribute("sectanchors", "")
                        .attribute("idprefix", "")
                        .attribute("idseparator", "-")
                        .attribute("icons!", "")
                        .attribute("allow-uri-read!", "")
                        .attribute("data-uri!", "")
                        .build())
                .build();
        return asciidoctor.convert(markup, options);
    }

    @Override
    public synchronized void close() {
        if (asciidoctor != null) {
            asciidoctor.shutdown();
            asciidoctor = null;
        }
    }

    /** {@code ref:ID[]} and {@code ref:ID[text]}: a link that {@link BodyLinks} resolves like a Markdown one. */
    @Name("ref")
    public static final class RefMacro extends InlineMacroProcessor {

        @Override
        public PhraseNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
            Object text = attributes.get("text");
            if (text == null) {
                text = attributes.get("1");
            }
            String label = text == null || text.toString().isBlank() ? target : text.toString();
            return createPhraseNode(parent, "anchor", label, Map.of(),
                    Map.of("type", ":link", "target", "aims-ref:" + target));
        }
    }
}
