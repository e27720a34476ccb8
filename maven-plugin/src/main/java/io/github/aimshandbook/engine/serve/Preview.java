package io.github.aimshandbook.engine.serve;

import io.github.aimshandbook.engine.Options;
import io.github.aimshandbook.engine.Pipeline;
import io.github.aimshandbook.engine.Result;
import io.github.aimshandbook.engine.UserError;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;

/**
 * A live preview of the handbook: builds it, serves it on the loopback interface, and rebuilds it whenever the
 * content folder (template overrides included) changes; open pages reload themselves after a build that wrote the
 * handbook, and show the findings in a banner. A build with errors writes nothing, so the preview keeps serving the
 * last good handbook and the banner says why it is not new.
 */
public final class Preview implements AutoCloseable {

    /** How long the content folder must be quiet before a rebuild: one rebuild per save, however it is written. */
    static final long QUIET_MILLIS = 150;

    private final Options options;
    private final String prefix;
    private final BiConsumer<Result, String> onBuild;
    private final Pipeline pipeline = new Pipeline();
    private final AtomicReference<BuildStatus> status = new AtomicReference<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private PreviewServer server;
    private ContentWatcher watcher;

    /**
     * @param options the build's settings; the output folder is the preview's own
     * @param prefix how findings name files (the content folder as seen from the project, "src/aims/")
     * @param onBuild told after each build: its result, or null with the problem that stopped it
     */
    public Preview(Options options, String prefix, BiConsumer<Result, String> onBuild) {
        this.options = options;
        this.prefix = prefix;
        this.onBuild = onBuild;
    }

    /** Builds the handbook, then serves it on {@code port} (0: any free port) and watches the content. */
    public URI start(int port) {
        build(1);
        server = new PreviewServer(options.outputDirectory(), port, status::get);
        server.start();
        watcher = new ContentWatcher(options.contentDirectory(), QUIET_MILLIS,
                () -> build(status.get().number() + 1));
        watcher.start();
        return server.uri();
    }

    /** Builds now; called on the watcher's thread, so builds never overlap. */
    private void build(int number) {
        try {
            Result result = pipeline.runIfChanged(options);
            if (result.upToDate() && status.get() != null) {
                return; // an event that changed nothing (a file saved as it was): the open pages are current
            }
            boolean written = result.filesWritten() > 0 || result.upToDate();
            status.set(new BuildStatus(number, written, written ? null
                    : "Not rebuilt: the handbook shown is the last one without errors.", result.findings(), prefix));
            onBuild.accept(result, null);
        } catch (UserError e) {
            fail(number, e.getMessage());
        } catch (RuntimeException e) {
            fail(number, "The build failed: " + e);
        }
    }

    private void fail(int number, String problem) {
        BuildStatus last = status.get();
        status.set(new BuildStatus(number, false, problem, last == null ? List.of() : last.findings(), prefix));
        onBuild.accept(null, problem);
    }

    /** Blocks until {@link #close()} is called (by a shutdown hook on Ctrl+C). */
    public void awaitClose() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
        if (server != null) {
            server.close();
        }
        stopped.countDown();
    }
}
