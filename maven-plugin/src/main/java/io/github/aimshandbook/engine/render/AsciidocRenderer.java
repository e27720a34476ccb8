package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.load.ContentTree;
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
 * instance is not safe for concurrent use. Content runs in SERVER mode (the safe mode cannot be changed from content),
 * and every include is served by {@link ContentIncludes}, which reads only files of the content root.
 */
final class AsciidocRenderer implements BodyRenderer, AutoCloseable {

    private final ContentTree tree;
    private java.util.concurrent.CompletableFuture<Asciidoctor> starting;
    private Asciidoctor asciidoctor;

    AsciidocRenderer(ContentTree tree) {
        this.tree = tree;
    }

    /**
     * Starts Asciidoctor (seconds of JRuby boot) in the background, so that it overlaps with linking, checking and
     * rendering Markdown. Idempotent.
     */
    synchronized void start() {
        if (starting != null) {
            return;
        }
        starting = new java.util.concurrent.CompletableFuture<>();
        ClassLoader loader = AsciidocRenderer.class.getClassLoader();
        Thread boot = new Thread(() -> {
            try {
                Asciidoctor created = Asciidoctor.Factory.create();
                created.javaExtensionRegistry().inlineMacro(RefMacro.class);
                created.javaExtensionRegistry().includeProcessor(new ContentIncludes(tree));
                starting.complete(created);
            } catch (RuntimeException | Error e) {
                starting.completeExceptionally(e);
            }
        }, "aims-asciidoctor-start");
        boot.setContextClassLoader(loader); // JRuby finds its jars through the plugin's class loader
        boot.setDaemon(true);
        boot.start();
    }

    @Override
    public synchronized String toHtml(String markup, String sourceFile) {
        if (asciidoctor == null) {
            start();
            asciidoctor = starting.join();
        }
        Path folder = tree.root().resolve(sourceFile).getParent();
        Options options = Options.builder()
                // SERVER, not SAFE: SAFE still gives {docdir} and {user-home} the build machine's paths, which a
                // document could print into the published handbook
                .safe(SafeMode.SERVER)
                .standalone(false)
                .baseDir(folder.toFile())
                .attributes(Attributes.builder()
                        .attribute("skip-front-matter", "")
                        .attribute("showtitle!", "")
                        .attribute("sectanchors!", "")
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
        if (asciidoctor == null && starting != null) {
            try {
                asciidoctor = starting.join();
            } catch (java.util.concurrent.CompletionException e) {
                return; // it never started, so there is nothing to shut down
            }
        }
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
