package io.github.aimshandbook.engine;

import io.github.aimshandbook.engine.render.BackLink;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One run's settings, made with {@link #builder(Path, Path, LocalDate)}: named setters instead of a row of booleans,
 * so that no caller can swap two of them unnoticed. {@code render} false checks only and writes just the report;
 * {@code writeWithErrors} lets a handbook be written although the content has errors (the build does not fail on
 * them); {@code gapsAsErrors} makes an applicable control without evidence an error; attachments larger than
 * {@code maxAttachmentSize} bytes are errors. {@code html} and {@code pdf} choose the formats of the handbook; the
 * report and the SoA export are always written; {@code allowRawHtml} keeps raw HTML from content in the handbook (for
 * teams that trust every author); {@code backLink}, when not null, puts a link back to the enclosing site (the Maven
 * project site) in the header of every page. {@code sourcePrefix} is the content folder as seen from the repository
 * root ("src/aims/", with a trailing '/'; "" for the root itself), for the paths of the SARIF report.
 */
public final class Options {

    /** The largest attachment copied into a handbook unless configured otherwise: 25 MB. */
    public static final long DEFAULT_MAX_ATTACHMENT_SIZE = 25L * 1024 * 1024;

    private final Path contentDirectory;
    private final Path outputDirectory;
    private final LocalDate today;
    private final boolean render;
    private final boolean writeWithErrors;
    private final boolean gapsAsErrors;
    private final long maxAttachmentSize;
    private final boolean html;
    private final boolean pdf;
    private final boolean allowRawHtml;
    private final BackLink backLink;
    private final String sourcePrefix;

    private Options(Builder b) {
        this.contentDirectory = b.contentDirectory;
        this.outputDirectory = b.outputDirectory;
        this.today = b.today;
        this.render = b.render;
        this.writeWithErrors = b.writeWithErrors;
        this.gapsAsErrors = b.gapsAsErrors;
        this.maxAttachmentSize = b.maxAttachmentSize;
        this.html = b.html;
        this.pdf = b.pdf;
        this.allowRawHtml = b.allowRawHtml;
        this.backLink = b.backLink;
        this.sourcePrefix = b.sourcePrefix;
    }

    /**
     * Settings with the defaults of the goals: render the handbook in HTML and PDF, stop on errors, gaps as warnings,
     * attachments up to 25 MB, raw HTML removed, no back link.
     */
    public static Builder builder(Path contentDirectory, Path outputDirectory, LocalDate today) {
        return new Builder(contentDirectory, outputDirectory, today);
    }

    /** A builder holding these settings, to derive a variant of them. */
    public Builder toBuilder() {
        return new Builder(contentDirectory, outputDirectory, today).render(render).writeWithErrors(writeWithErrors)
                .gapsAsErrors(gapsAsErrors).maxAttachmentSize(maxAttachmentSize).html(html).pdf(pdf)
                .allowRawHtml(allowRawHtml).backLink(backLink).sourcePrefix(sourcePrefix);
    }

    public Path contentDirectory() {
        return contentDirectory;
    }

    public Path outputDirectory() {
        return outputDirectory;
    }

    public LocalDate today() {
        return today;
    }

    public boolean render() {
        return render;
    }

    public boolean writeWithErrors() {
        return writeWithErrors;
    }

    public boolean gapsAsErrors() {
        return gapsAsErrors;
    }

    public long maxAttachmentSize() {
        return maxAttachmentSize;
    }

    public boolean html() {
        return html;
    }

    public boolean pdf() {
        return pdf;
    }

    public boolean allowRawHtml() {
        return allowRawHtml;
    }

    public BackLink backLink() {
        return backLink;
    }

    public String sourcePrefix() {
        return sourcePrefix;
    }

    /** Collects the settings of one run; {@link #build()} checks that they fit together. */
    public static final class Builder {

        private final Path contentDirectory;
        private final Path outputDirectory;
        private final LocalDate today;
        private boolean render = true;
        private boolean writeWithErrors;
        private boolean gapsAsErrors;
        private long maxAttachmentSize = DEFAULT_MAX_ATTACHMENT_SIZE;
        private boolean html = true;
        private boolean pdf = true;
        private boolean allowRawHtml;
        private BackLink backLink;
        private String sourcePrefix = "";

        private Builder(Path contentDirectory, Path outputDirectory, LocalDate today) {
            this.contentDirectory = Objects.requireNonNull(contentDirectory, "contentDirectory");
            this.outputDirectory = Objects.requireNonNull(outputDirectory, "outputDirectory");
            this.today = Objects.requireNonNull(today, "today");
        }

        /** True (the default) renders the handbook; false only checks and writes the report. */
        public Builder render(boolean render) {
            this.render = render;
            return this;
        }

        /** Shorthand for {@code render(false)}: check and write the report only. */
        public Builder checkOnly() {
            return render(false);
        }

        public Builder writeWithErrors(boolean writeWithErrors) {
            this.writeWithErrors = writeWithErrors;
            return this;
        }

        public Builder gapsAsErrors(boolean gapsAsErrors) {
            this.gapsAsErrors = gapsAsErrors;
            return this;
        }

        /** In bytes. */
        public Builder maxAttachmentSize(long maxAttachmentSize) {
            this.maxAttachmentSize = maxAttachmentSize;
            return this;
        }

        public Builder html(boolean html) {
            this.html = html;
            return this;
        }

        public Builder pdf(boolean pdf) {
            this.pdf = pdf;
            return this;
        }

        public Builder allowRawHtml(boolean allowRawHtml) {
            this.allowRawHtml = allowRawHtml;
            return this;
        }

        /** A link back to the enclosing site in every page's header, or null (the default) for none. */
        public Builder backLink(BackLink backLink) {
            this.backLink = backLink;
            return this;
        }

        /**
         * The content folder as seen from the repository root, for the SARIF report's paths: "" (the default) or a
         * relative path ending in '/', such as "src/aims/".
         */
        public Builder sourcePrefix(String sourcePrefix) {
            String prefix = Objects.requireNonNull(sourcePrefix, "sourcePrefix").replace('\\', '/');
            this.sourcePrefix = prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
            return this;
        }

        /** @throws UserError when a handbook is to be rendered in no format at all */
        public Options build() {
            if (render && !html && !pdf) {
                throw UserError.configuration("No format of the handbook is chosen", "formats",
                        "Neither html nor pdf is on, so there would be nothing to write.",
                        "Use html, pdf, or html,pdf.");
            }
            if (maxAttachmentSize < 0) {
                throw UserError.configuration("The attachment limit is negative", "maxAttachmentSize",
                        "maxAttachmentSize is " + maxAttachmentSize + " bytes.", "Give a size of 0 MB or more.");
            }
            return new Options(this);
        }
    }
}
