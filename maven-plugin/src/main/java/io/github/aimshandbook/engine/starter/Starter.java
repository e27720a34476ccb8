package io.github.aimshandbook.engine.starter;

import io.github.aimshandbook.engine.UserError;
import io.github.aimshandbook.engine.model.ContentSchemas;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the starter AIMS into a content folder: a manifest and a Statement of Applicability with placeholders,
 * draft policies, procedures and templates, and the registers of the audit cycle (objectives, internal audits,
 * nonconformities, management reviews) with one example entry each. The files come from the {@code aims-content} jar, where
 * {@code io/github/aimshandbook/starter/files.txt} lists them.
 *
 * <p>It never replaces anything: a file that exists (even as a dangling symbolic link) is skipped, and so is a file
 * whose folder is a link that leads out of the content folder. Running it again therefore changes nothing. Stateless
 * and thread-safe; each file is created atomically, so two runs at once cannot overwrite each other either.
 */
public final class Starter {

    static final String ROOT = "io/github/aimshandbook/starter/";
    private static final Pattern DATE_PLACEHOLDER = Pattern.compile("\"\\{date(?:\\+(P[0-9YMWD]+))?\\}\"");

    /** The starter's files, relative to the content folder, in the order they are written. */
    public List<String> files() {
        return new String(resource("files.txt"), StandardCharsets.UTF_8).lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** Writes the starter as of today (UTC); see {@link #write(Path, LocalDate)}. */
    public StarterResult write(Path contentDirectory) {
        return write(contentDirectory, LocalDate.now(ZoneOffset.UTC));
    }

    /**
     * Writes every starter file that the content folder does not have yet, creating folders as needed. The example
     * entries of the registers are dated from {@code initDate} (a first audit planned six months on, an objective
     * due in a year), so that a new AIMS starts with dates of its own rather than dates long past.
     *
     * @throws UserError if the content folder is a file
     * @throws UncheckedIOException if a file cannot be written
     */
    public StarterResult write(Path contentDirectory, LocalDate initDate) {
        return write(contentDirectory, initDate, null);
    }

    /**
     * As {@link #write(Path, LocalDate)}; each YAML file then starts with the line that points editors at its JSON
     * Schema in {@code schemasFromContent}, the handbook's schemas folder as seen from the content folder (ending in
     * '/'), or none when it is null.
     */
    public StarterResult write(Path contentDirectory, LocalDate initDate, String schemasFromContent) {
        if (Files.exists(contentDirectory) && !Files.isDirectory(contentDirectory)) {
            throw UserError.configuration("The content folder is a file", "contentDirectory", "The content folder "
                    + contentDirectory + " is a file.", "Move it away, or choose another folder.");
        }
        List<String> written = new ArrayList<>();
        List<StarterResult.Skipped> skipped = new ArrayList<>();
        try {
            Files.createDirectories(contentDirectory);
            Path root = contentDirectory.toRealPath();
            for (String file : files()) {
                Path target = contentDirectory.resolve(file);
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    skipped.add(new StarterResult.Skipped(file, Files.isDirectory(target)
                            ? "a folder has this name" : "it exists"));
                    continue;
                }
                Files.createDirectories(target.getParent());
                if (!target.getParent().toRealPath().startsWith(root)) {
                    skipped.add(new StarterResult.Skipped(file, "its folder is a link out of the content folder"));
                    continue;
                }
                try {
                    Files.write(target, withModeline(file, dated(file, resource("aims/" + file), initDate),
                            schemasFromContent), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    written.add(file);
                } catch (FileAlreadyExistsException e) {
                    skipped.add(new StarterResult.Skipped(file, "it exists"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the starter AIMS into " + contentDirectory + ": "
                    + e.getMessage(), e);
        }
        return new StarterResult(contentDirectory, written, skipped);
    }

    private static byte[] withModeline(String file, byte[] text, String schemasFromContent) {
        if (schemasFromContent == null) {
            return text;
        }
        return ContentSchemas.modeline(file, schemasFromContent)
                .map(line -> (line + "\n" + new String(text, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8))
                .orElse(text);
    }

    /**
     * The file with each {@code "{date}"} or {@code "{date+PERIOD}"} of a YAML file (quoted, so that the starter
     * file is valid YAML as it is) replaced by {@code initDate}, plus the ISO 8601 period.
     */
    static byte[] dated(String file, byte[] bytes, LocalDate initDate) {
        if (!file.endsWith(".yaml")) {
            return bytes;
        }
        Matcher m = DATE_PLACEHOLDER.matcher(new String(bytes, StandardCharsets.UTF_8));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            LocalDate date = m.group(1) == null ? initDate : initDate.plus(Period.parse(m.group(1)));
            m.appendReplacement(out, date.toString());
        }
        m.appendTail(out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) {
        try (InputStream in = Starter.class.getClassLoader().getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("The starter file " + ROOT + name + " is missing from the"
                        + " aims-content jar on the plugin's classpath.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the starter file " + ROOT + name, e);
        }
    }
}
