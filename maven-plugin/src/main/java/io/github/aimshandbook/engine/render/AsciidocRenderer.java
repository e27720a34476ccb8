package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.tree.ContentTree;
import java.nio.file.Path;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;

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

    /** Over the content folder {@code contentRoot}, walked now: for tests that render without a pipeline. */
    AsciidocRenderer(Path contentRoot) {
        this(ContentTree.walk(contentRoot));
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
                // the cross references first, so that no other pattern sees the "ref:" inside "xref:"
                created.javaExtensionRegistry().inlineMacro(AsciidocLinks.XrefMacro.class);
                created.javaExtensionRegistry().inlineMacro(AsciidocLinks.ShorthandXref.class);
                created.javaExtensionRegistry().inlineMacro(AsciidocLinks.RefMacro.class);
                created.javaExtensionRegistry().inlineMacro(AsciidocLinks.InlineAnchor.class);
                created.javaExtensionRegistry().inlineMacro(AsciidocLinks.AnchorMacro.class);
                created.javaExtensionRegistry().treeprocessor(AsciidocLinks.PrintIds.class);
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
    public synchronized String toHtml(String markup, LinkTargets targets) {
        if (asciidoctor == null) {
            start();
            asciidoctor = starting.join();
        }
        Path folder = tree.root().resolve(targets.sourceFile()).getParent();
        Options options = Options.builder()
                // SERVER, not SAFE: SAFE still gives {docdir} and {user-home} the build machine's paths, which a
                // document could print into the published handbook
                .safe(SafeMode.SERVER)
                .standalone(false)
                .baseDir(folder.toFile())
                .option(AsciidocLinks.TARGETS, targets)
                .attributes(Attributes.builder()
                        .attribute("skip-front-matter", "")
                        .attribute("showtitle!", "")
                        .attribute("sectanchors!", "")
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
}
