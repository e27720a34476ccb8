package io.github.aimshandbook.engine.state;

import io.github.aimshandbook.engine.tree.ContentTree;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The SHA-256 of every file under a folder, by path. A file's hash from the previous build is reused when its size
 * and modification time are unchanged and that time lies well before the moment the previous hashes were taken;
 * every other file is read again. So a {@code git checkout}, which rewrites files with new times, costs a re-read
 * but never a wrong verdict, and a file changed within the same clock tick as it was hashed (a "racily clean" file,
 * as git calls it) is read again too. Reading only changed files keeps the check fast when the content holds large
 * attachments.
 */
public final class FileHashes {

    /** Times closer than this to the moment of hashing are not trusted: file systems with coarse clocks (FAT: 2 s). */
    static final long RACY_MILLIS = 2_000;

    private FileHashes() {
    }

    /** A file as last hashed: its size, modification time in nanoseconds since the epoch, and SHA-256 in hex. */
    public record Entry(long size, long modified, String sha256) {
    }

    /**
     * Hashes every regular file under {@code root}, a folder of the plugin (content goes through
     * {@link #of(ContentTree, Map, long)}), with paths relative to it and '/' separators.
     *
     * @param previous the entries of the previous build, empty when there was none
     * @param previousHashedAt when those entries were taken, in milliseconds since the epoch
     */
    public static SortedMap<String, Entry> of(Path root, Map<String, Entry> previous, long previousHashedAt) {
        SortedMap<String, Entry> result = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return result;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : (Iterable<Path>) walk::iterator) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                if (!attributes.isRegularFile()) {
                    continue;
                }
                String path = root.relativize(file).toString().replace('\\', '/');
                result.put(path, entry(file, attributes, previous.get(path), previousHashedAt));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + root + " to see whether it changed: " + e.getMessage(), e);
        }
        return result;
    }

    /**
     * Hashes every file of the content tree, reusing hashes under the rule above. A link out of the content is not
     * read (nothing outside the content is): it is recorded by where it leads, so that pointing it elsewhere counts
     * as a change.
     */
    public static SortedMap<String, Entry> of(ContentTree tree, Map<String, Entry> previous, long previousHashedAt) {
        SortedMap<String, Entry> result = new TreeMap<>();
        for (ContentTree.Entry file : tree.files().values()) {
            long size = file.size();
            long modified = file.modifiedNanos();
            if (!file.inside()) {
                result.put(file.path(), new Entry(size, modified, "outside " + ContentTree.realPath(file.location())));
                continue;
            }
            Entry before = previous.get(file.path());
            try {
                result.put(file.path(), settled(before, size, modified, previousHashedAt) ? before
                        : new Entry(size, modified, sha256(file.location())));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file.location() + " to see whether it changed: "
                        + e.getMessage(), e);
            }
        }
        return result;
    }

    /** The entry of one file (a plugin jar), reusing {@code before} under the same rule as above. */
    public static Entry of(Path file, Entry before, long previousHashedAt) {
        try {
            return entry(file, Files.readAttributes(file, BasicFileAttributes.class), before, previousHashedAt);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static Entry entry(Path file, BasicFileAttributes attributes, Entry before, long previousHashedAt)
            throws IOException {
        long size = attributes.size();
        long modified = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        return settled(before, size, modified, previousHashedAt) ? before : new Entry(size, modified, sha256(file));
    }

    /** Whether {@code before} still holds for a file of this size and time: see the class comment. */
    private static boolean settled(Entry before, long size, long modified, long previousHashedAt) {
        return before != null && before.size() == size && before.modified() == modified
                && modified < TimeUnit.MILLISECONDS.toNanos(previousHashedAt - RACY_MILLIS);
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest = digest();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
