package io.github.aimshandbook.engine.write;

import io.github.aimshandbook.engine.render.RenderedSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The write stage. The handbook is written into a fresh folder beside the output folder and swapped in only when
 * complete, so that a failed run leaves the previous handbook as it was. A manifest of the files written lets the
 * next run tell them from files that others put into the output folder: those are carried over, never deleted.
 */
public final class OutputWriter {

    /** The list of files the generator wrote, one path a line, relative to the output folder. */
    static final String MANIFEST = ".aims-files";

    private final Path output;

    public OutputWriter(Path output) {
        this.output = output.toAbsolutePath().normalize();
    }

    /** Writes the whole site, replacing what the previous run wrote and keeping everything else. */
    public void write(RenderedSite site) {
        Path parent = output.getParent();
        Path staging = parent.resolve("." + output.getFileName() + ".new");
        Path previous = parent.resolve("." + output.getFileName() + ".old");
        try {
            Files.createDirectories(parent);
            deleteTree(staging);
            deleteTree(previous);
            Files.createDirectories(staging);
            for (Map.Entry<String, byte[]> e : site.generated().entrySet()) {
                Path target = staging.resolve(e.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, e.getValue());
            }
            for (Map.Entry<String, Path> e : site.copies().entrySet()) {
                Path target = staging.resolve(e.getKey());
                Files.createDirectories(target.getParent());
                Files.copy(e.getValue(), target, StandardCopyOption.REPLACE_EXISTING);
            }
            Set<String> written = new java.util.TreeSet<>(site.generated().keySet());
            written.addAll(site.copies().keySet());
            Files.writeString(staging.resolve(MANIFEST), String.join("\n", written) + "\n", StandardCharsets.UTF_8);
            if (Files.exists(output)) {
                carryOverForeignFiles(staging, written);
                Files.move(output, previous);
            }
            Files.move(staging, output);
            deleteTree(previous);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the handbook to " + output + ": " + e.getMessage(), e);
        }
    }

    /** Files in the output folder that no earlier run wrote (by its manifest) go into the new folder as they are. */
    private void carryOverForeignFiles(Path staging, Set<String> written) throws IOException {
        Path manifest = output.resolve(MANIFEST);
        Set<String> ours = new HashSet<>(Files.isRegularFile(manifest)
                ? Files.readAllLines(manifest, StandardCharsets.UTF_8) : List.of());
        ours.add(MANIFEST);
        try (Stream<Path> walk = Files.walk(output)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String path = output.relativize(file).toString().replace('\\', '/');
                if (!ours.contains(path) && !written.contains(path)) {
                    Path target = staging.resolve(path);
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /** Writes one file into the output folder (the report of a check-only run), replacing it atomically. */
    public void writeFile(String name, byte[] bytes) {
        try {
            Files.createDirectories(output);
            Path temp = output.resolve("." + name + ".new");
            Files.write(temp, bytes);
            Files.move(temp, output.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + name + " to " + output + ": " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
