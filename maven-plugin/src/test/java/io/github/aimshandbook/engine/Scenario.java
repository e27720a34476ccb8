package io.github.aimshandbook.engine;

import io.github.aimshandbook.engine.check.Assessment;
import io.github.aimshandbook.engine.link.Handbook;
import io.github.aimshandbook.engine.model.Content;
import io.github.aimshandbook.engine.model.Finding;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs load, link and check (the real {@link Pipeline#check(Options)}) on a fixture that a test may change first, and
 * keeps what each stage produced. A test
 * writes files with {@link #write(String, String)} and then calls {@link #run()}.
 */
public final class Scenario {

    private final Path root;
    private List<Finding> findings;
    private Content content;
    private Handbook handbook;
    private Assessment assessment;
    private boolean gapsAsErrors;
    private long maxAttachmentSize = io.github.aimshandbook.engine.Options.DEFAULT_MAX_ATTACHMENT_SIZE;

    private Scenario(Path root) {
        this.root = root;
    }

    /** A copy of the {@code small} fixture, which loads without errors. */
    public static Scenario small(Path temp) {
        return new Scenario(Fixtures.copy("small", temp));
    }

    public Path root() {
        return root;
    }

    public Scenario write(String path, String text) {
        Fixtures.write(root.resolve(path), text);
        return this;
    }

    public String read(String path) {
        return Fixtures.read(root.resolve(path));
    }

    /** Replaces the first occurrence of {@code from} in a content file. */
    public Scenario replace(String path, String from, String to) {
        String text = read(path);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(path + " does not contain " + from);
        }
        return write(path, text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)));
    }

    public Scenario gapsAsErrors() {
        gapsAsErrors = true;
        return this;
    }

    public Scenario maxAttachmentSize(long bytes) {
        maxAttachmentSize = bytes;
        return this;
    }

    /** Runs load, link and check through the real pipeline, as {@code aims:check} does; writes nothing. */
    public Scenario run() {
        Pipeline.Checked checked = new Pipeline().check(Options.builder(root, root.resolveSibling("out"),
                Fixtures.TODAY).checkOnly().gapsAsErrors(gapsAsErrors).maxAttachmentSize(maxAttachmentSize).build());
        findings = checked.findings();
        content = checked.content();
        handbook = checked.handbook();
        assessment = checked.assessment();
        return this;
    }

    public List<Finding> findings() {
        return findings;
    }

    /** The findings with the given code, formatted as users read them. */
    public List<String> messages(String code) {
        return findings().stream().filter(f -> f.code().equals(code)).map(f -> f.format("")).toList();
    }

    /** Findings other than those the minimal fixture has on purpose: gaps and clauses no document answers. */
    public List<String> errorsAndWarnings() {
        return findings().stream().filter(f -> !f.code().equals("control-gap")
                && !f.code().equals("missing-documented-information")).map(f -> f.format("")).toList();
    }

    public Content content() {
        return content;
    }

    public Handbook handbook() {
        return handbook;
    }

    public Assessment assessment() {
        return assessment;
    }
}
