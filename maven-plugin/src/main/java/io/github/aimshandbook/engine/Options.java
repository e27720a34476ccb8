package io.github.aimshandbook.engine;

import io.github.aimshandbook.engine.render.BackLink;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * One run's settings. {@code render} false checks only and writes just the report; {@code writeWithErrors} lets a
 * handbook be written although the content has errors (the build does not fail on them); {@code gapsAsErrors} makes
 * an applicable control without evidence an error; attachments larger than {@code maxAttachmentSize} bytes are errors. {@code html} and
 * {@code pdf} choose the formats of the handbook; the report and the SoA export are always written;
 * {@code allowRawHtml} keeps raw HTML from content in the handbook (for teams that trust every author);
 * {@code backLink}, when not null, puts a link back to the enclosing site (the Maven project site) in the header of
 * every page.
 */
public record Options(Path contentDirectory, Path outputDirectory, LocalDate today, boolean render,
        boolean writeWithErrors, boolean gapsAsErrors, long maxAttachmentSize, boolean html, boolean pdf,
        boolean allowRawHtml, BackLink backLink) {

    /** The largest attachment copied into a handbook unless configured otherwise: 25 MB. */
    public static final long DEFAULT_MAX_ATTACHMENT_SIZE = 25L * 1024 * 1024;

    public Options(Path contentDirectory, Path outputDirectory, LocalDate today, boolean render,
            boolean writeWithErrors) {
        this(contentDirectory, outputDirectory, today, render, writeWithErrors, false, DEFAULT_MAX_ATTACHMENT_SIZE,
                true, true, false);
    }

    /** Settings of a handbook that stands alone, with no link back to an enclosing site. */
    public Options(Path contentDirectory, Path outputDirectory, LocalDate today, boolean render,
            boolean writeWithErrors, boolean gapsAsErrors, long maxAttachmentSize, boolean html, boolean pdf,
            boolean allowRawHtml) {
        this(contentDirectory, outputDirectory, today, render, writeWithErrors, gapsAsErrors, maxAttachmentSize, html,
                pdf, allowRawHtml, null);
    }

    public Options {
        if (contentDirectory == null || outputDirectory == null || today == null) {
            throw new IllegalArgumentException("content folder, output folder and date are required");
        }
        if (render && !html && !pdf) {
            throw new IllegalArgumentException("Choose at least one format of the handbook: html, pdf or both.");
        }
    }
}
