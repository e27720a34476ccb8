package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.model.Document;
import io.github.aimshandbook.engine.model.DocumentFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The rendered bodies of the documents, by id: for the web page of each and, when the print document is made, for
 * it (the same body with other addresses and ids). AsciiDoc bodies are converted one after another (one Asciidoctor
 * instance is not safe for concurrent use) on a thread of their own, so that Markdown bodies and every page that
 * needs no AsciiDoc body are rendered on the other cores meanwhile, instead of after the last conversion. Markdown
 * bodies are rendered in parallel when this is created. Which thread renders what never changes a body.
 */
final class DocumentBodies {

    /** The body of one document for the web and, when asked for, for print (else null). */
    record Body(String web, String print) {
    }

    /**
     * JRuby spends several frames of Java stack per level of AsciiDoc nesting; a stack of its own keeps a deep (but
     * allowed) document from overflowing where the default stack of a thread would.
     */
    private static final long CONVERTER_STACK = 16L * 1024 * 1024;

    private final Map<String, Body> ready = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Body>> pending = new ConcurrentHashMap<>();

    DocumentBodies(List<Document> documents, Function<Document, Body> render) {
        List<Document> asciidoc = documents.stream().filter(DocumentBodies::isAsciidoc).toList();
        if (!asciidoc.isEmpty()) {
            asciidoc.forEach(d -> pending.put(d.id(), new CompletableFuture<>()));
            Thread converter = new Thread(null, () -> {
                for (Document d : asciidoc) {
                    CompletableFuture<Body> body = pending.get(d.id());
                    try {
                        body.complete(render.apply(d));
                    } catch (RuntimeException | Error e) {
                        body.completeExceptionally(e);
                    }
                }
            }, "aims-asciidoc-bodies", CONVERTER_STACK);
            converter.setContextClassLoader(DocumentBodies.class.getClassLoader());
            converter.setDaemon(true);
            converter.start();
        }
        documents.parallelStream().filter(d -> !isAsciidoc(d)).forEach(d -> ready.put(d.id(), render.apply(d)));
    }

    static boolean isAsciidoc(Document d) {
        return d.format() == DocumentFormat.ASCIIDOC;
    }

    /** The web body of the document {@code id}, waiting for its conversion if it is still running. */
    String get(String id) {
        Body body = body(id);
        return body == null ? null : body.web();
    }

    /** The print body of the document {@code id}, waiting for its conversion if it is still running. */
    String print(String id) {
        Body body = body(id);
        return body == null ? null : body.print();
    }

    private Body body(String id) {
        Body body = ready.get(id);
        if (body != null) {
            return body;
        }
        CompletableFuture<Body> future = pending.get(id);
        if (future == null) {
            return null;
        }
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
