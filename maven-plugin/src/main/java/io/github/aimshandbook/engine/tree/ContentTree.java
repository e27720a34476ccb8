package io.github.aimshandbook.engine.tree;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The content folder, walked once per run. Every stage that needs a file of the content asks this tree: the load
 * stage lists and reads files, the up-to-date check hashes them, the templates and the PDF read overrides and
 * images, AsciiDoc includes its files. So one rule decides what may be read, {@link #isInside(Path)}: a path is
 * inside the content when it lies under the root once {@code ..} is resolved and once symbolic links are followed.
 * A link to a file elsewhere on the build machine is listed (so that the load stage can report it) but never read.
 * Thread-safe: it does not change after the walk.
 */
public final class ContentTree {

    /** A file of the tree: where it is, its size and modification time, and whether it may be read. */
    public record Entry(String path, Path location, long size, long modifiedNanos, boolean inside) {
    }

    private final Path root;
    private final Path realRoot;
    private final boolean exists;
    private final SortedMap<String, Entry> files;

    private ContentTree(Path root, Path realRoot, boolean exists, SortedMap<String, Entry> files) {
        this.root = root;
        this.realRoot = realRoot;
        this.exists = exists;
        this.files = Collections.unmodifiableSortedMap(files);
    }

    /**
     * Walks {@code root} once: every regular file under it (a link to a file counts as the file it leads to), with
     * paths relative to the root and '/' separators. A root that does not exist gives an empty tree.
     *
     * @throws UncheckedIOException when the folder cannot be listed
     */
    public static ContentTree walk(Path root) {
        Path absolute = root.toAbsolutePath().normalize();
        SortedMap<String, Entry> files = new TreeMap<>();
        if (!Files.isDirectory(absolute)) {
            return new ContentTree(absolute, realPath(absolute), false, files);
        }
        // The walk starts at the real folder: a content folder reached through a link is walked as the folder itself.
        try (Stream<Path> walk = Files.walk(absolute.toRealPath())) {
            Path real = absolute.toRealPath();
            for (Path file : (Iterable<Path>) walk::iterator) {
                if (!Files.isRegularFile(file)) {
                    continue; // folders; a link to a folder is not walked into
                }
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                String path = real.relativize(file).toString().replace('\\', '/');
                // the rule of isInside(), applied once per file
                files.put(path, new Entry(path, file, attributes.size(),
                        attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS), file.toRealPath().startsWith(real)));
            }
            return new ContentTree(absolute, real, true, files);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the content folder " + absolute + ": " + e.getMessage(), e);
        }
    }

    /** Whether the content folder was there, as a folder, when it was walked. */
    public boolean exists() {
        return exists;
    }

    /** The content folder, absolute. */
    public Path root() {
        return root;
    }

    /** Every file, links out of the content included (their {@link Entry#inside()} is false), by path. */
    public SortedMap<String, Entry> files() {
        return files;
    }

    /** The file at {@code path} (relative to the root), if the tree has it, inside the content or not. */
    public Optional<Entry> file(String path) {
        return Optional.ofNullable(files.get(path));
    }

    /** The readable files under {@code folder} ending in one of {@code extensions}, as sorted root-relative paths. */
    public List<String> filesIn(String folder, String... extensions) {
        String prefix = folder.isEmpty() ? "" : folder + "/";
        return files.subMap(prefix, prefix + Character.MAX_VALUE).values().stream()
                .filter(Entry::inside)
                .map(Entry::path)
                .filter(p -> Stream.of(extensions).anyMatch(p::endsWith))
                .toList();
    }

    /**
     * Whether {@code path} lies inside the content: under the root's real path once {@code ..} is resolved and
     * symbolic links are followed (for a path that does not exist yet, those of its longest existing parent). This is
     * the one rule of the plugin for what belongs to the content; the walk applies it to every file.
     */
    public boolean isInside(Path path) {
        return realPath(path).startsWith(realRoot);
    }

    /** The readable file of the tree at the absolute {@code path} (under the root or its real path), else empty. */
    public Optional<Entry> at(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path base = absolute.startsWith(root) ? root : absolute.startsWith(realRoot) ? realRoot : null;
        return base == null ? Optional.empty()
                : readable(base.relativize(absolute).toString().replace('\\', '/'));
    }

    /**
     * The readable file that {@code written} names, relative to the folder {@code fromDir} of the content ("" for the
     * root), or empty when it names no file of the content: outside it, a URL, or not there.
     */
    public Optional<Entry> resolve(String fromDir, String written) {
        if (written.isEmpty() || written.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") || written.startsWith("/")) {
            return Optional.empty();
        }
        try {
            Path candidate = root.resolve(fromDir).resolve(written).normalize();
            if (!candidate.startsWith(root)) {
                return Optional.empty();
            }
            Entry file = files.get(root.relativize(candidate).toString().replace('\\', '/'));
            return file != null && file.inside() ? Optional.of(file) : Optional.empty();
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** The file at {@code path} when it may be read, else empty. */
    public Optional<Entry> readable(String path) {
        return file(path).filter(Entry::inside);
    }

    /**
     * The bytes of the file at {@code path}.
     *
     * @throws java.nio.file.NoSuchFileException when the tree has no readable file there (outside, or not there)
     */
    public byte[] read(String path) throws IOException {
        Entry file = readable(path).orElseThrow(() -> new java.nio.file.NoSuchFileException(root.resolve(path)
                .toString(), null, "not a file of the content folder"));
        return Files.readAllBytes(file.location());
    }

    /** The real path of the longest existing ancestor, with the rest appended: symbolic links cannot fool it. */
    public static Path realPath(Path p) {
        Path absolute = p.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }
}
