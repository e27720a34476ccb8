package io.github.aimshandbook.engine.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches a content folder and every folder in it (template overrides included, as they live in it) and calls
 * {@code onChange} once a burst of changes has settled: an editor's save is often several events (a temporary file,
 * a rename, a write), and one rebuild for them all is both faster and correct.
 */
final class ContentWatcher implements AutoCloseable {

    private final Path root;
    private final long quietMillis;
    private final Runnable onChange;
    private final WatchService watch;
    private final Thread thread;

    ContentWatcher(Path root, long quietMillis, Runnable onChange) {
        this.root = root.toAbsolutePath().normalize();
        this.quietMillis = quietMillis;
        this.onChange = onChange;
        try {
            this.watch = FileSystems.getDefault().newWatchService();
            registerAll(this.root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot watch " + root + " for changes: " + e.getMessage(), e);
        }
        this.thread = new Thread(this::run, "aims-serve-watcher");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void registerAll(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> dirs = Files.walk(dir)) {
            for (Path d : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                d.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = watch.take();
                boolean changed = drain(key);
                // wait until the folder has been quiet for a moment, gathering the rest of the burst
                WatchKey more;
                while ((more = watch.poll(quietMillis, TimeUnit.MILLISECONDS)) != null) {
                    changed |= drain(more);
                }
                if (changed) {
                    onChange.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Takes the key's events, registering folders that appeared, so that files in them are watched too. */
    private boolean drain(WatchKey key) {
        boolean changed = false;
        Path dir = (Path) key.watchable();
        for (var event : key.pollEvents()) {
            changed = true;
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name) {
                try {
                    registerAll(dir.resolve(name));
                } catch (IOException | UncheckedIOException e) {
                    // a folder that vanished again before it could be watched has nothing to watch
                }
            }
        }
        key.reset();
        return changed;
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            watch.close();
        } catch (IOException e) {
            // closing on the way out: nothing left to release
        }
    }

    Path root() {
        return root;
    }
}
