package io.github.aimshandbook.engine.importer;

import io.github.aimshandbook.engine.UserError;
import io.github.aimshandbook.engine.tree.ContentTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

/**
 * Writes the imported tree. It replaces nothing: when any file it would write exists (even as a dangling link), or
 * would land outside the content folder through a folder that is a symbolic link, it stops before writing one, naming
 * them all; each file is then created atomically, so a second import running at the same moment cannot overwrite it
 * either. Stateless and thread-safe.
 */
final class ImportWriter {

    /** Writes {@code files} (content-relative path to bytes) under {@code contentDirectory}; returns their paths. */
    List<String> write(Path contentDirectory, SortedMap<String, byte[]> files) {
        if (Files.exists(contentDirectory, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(contentDirectory)) {
            throw UserError.configuration("The content folder is a file", "contentDirectory", "The content folder "
                    + contentDirectory + " is a file.", "Move it away, or choose another folder.");
        }
        List<String> existing = files.keySet().stream()
                .filter(f -> Files.exists(contentDirectory.resolve(f), LinkOption.NOFOLLOW_LINKS)).toList();
        if (!existing.isEmpty()) {
            throw UserError.configuration("The import would overwrite files", "contentDirectory", contentDirectory
                    + " already has " + existing.size() + " of the files the import writes: " + shown(existing)
                    + ". Nothing was written.", "Import into an empty folder (-Daims.contentDirectory=...), or move"
                    + " those files away first.");
        }
        Path root = ContentTree.realPath(contentDirectory);
        List<String> outside = files.keySet().stream()
                .filter(f -> !ContentTree.realPath(contentDirectory.resolve(f)).startsWith(root)).toList();
        if (!outside.isEmpty()) {
            throw UserError.configuration("The import would write outside the content folder", "contentDirectory",
                    "A folder of " + contentDirectory + " is a symbolic link that leads out of it, so "
                    + shown(outside) + " would land elsewhere. Nothing was written.", "Import into a folder without"
                    + " such links, or remove the link first.");
        }
        List<String> written = new ArrayList<>();
        try {
            for (var file : files.entrySet()) {
                Path target = contentDirectory.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                written.add(file.getKey());
            }
        } catch (FileAlreadyExistsException e) {
            throw UserError.configuration("The import would overwrite a file", "contentDirectory", e.getFile()
                    + " appeared while the import was writing; it was left as it was. Written before it: "
                    + shown(written) + ".", "Make sure no other run writes into " + contentDirectory + ", move the"
                    + " written files away and import again.");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the imported AIMS into " + contentDirectory + ": "
                    + e.getMessage(), e);
        }
        return written;
    }

    private static String shown(List<String> files) {
        if (files.isEmpty()) {
            return "none";
        }
        return String.join(", ", files.subList(0, Math.min(8, files.size())))
                + (files.size() > 8 ? " and " + (files.size() - 8) + " more" : "");
    }
}
