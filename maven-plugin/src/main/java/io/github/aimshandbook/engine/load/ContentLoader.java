package io.github.aimshandbook.engine.load;

import io.github.aimshandbook.engine.model.AiSystem;
import io.github.aimshandbook.engine.model.Audit;
import io.github.aimshandbook.engine.model.Content;
import io.github.aimshandbook.engine.model.Document;
import io.github.aimshandbook.engine.model.EvidenceRecord;
import io.github.aimshandbook.engine.model.Findings;
import io.github.aimshandbook.engine.model.Location;
import io.github.aimshandbook.engine.model.ManagementReview;
import io.github.aimshandbook.engine.model.Manifest;
import io.github.aimshandbook.engine.model.Nonconformity;
import io.github.aimshandbook.engine.model.Objective;
import io.github.aimshandbook.engine.model.Risk;
import io.github.aimshandbook.engine.model.Soa;
import io.github.aimshandbook.engine.tree.ContentTree;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The load stage: reads every file of a content root into the model. It only reads; it never writes to the content
 * folder. Problems become findings; loading goes on so that one run reports them all.
 */
public final class ContentLoader {

    /** Narrative document folders and the document type each implies. */
    public static final Map<String, String> DOCUMENT_FOLDERS = Map.of(
            "policies", "policy", "procedures", "procedure", "model-cards", "model-card",
            "impact-assessments", "impact-assessment", "records", "record");

    private final ContentTree tree;
    private final Findings findings;
    private final SourceReader sources;
    private final YamlParser yaml;
    private final EntityReader entities;
    private final DocumentReader documents;
    private final AuditCycleReader auditCycle;

    private final long maxAttachmentSize;

    /** Loads the content folder {@code root}, walking it first (the pipeline passes the tree it walked instead). */
    public ContentLoader(Path root, Findings findings, long maxAttachmentSize) {
        this(ContentTree.walk(root), findings, maxAttachmentSize);
    }

    /** Loads the content of {@code tree}, the walk of the content folder that every stage of the run shares. */
    public ContentLoader(ContentTree tree, Findings findings, long maxAttachmentSize) {
        this.tree = tree;
        this.findings = findings;
        this.maxAttachmentSize = maxAttachmentSize;
        this.sources = new SourceReader(tree, findings);
        this.yaml = new YamlParser(findings);
        this.entities = new EntityReader(findings, new Attachments(tree, findings));
        this.documents = new DocumentReader(findings);
        this.auditCycle = new AuditCycleReader(findings);
    }

    /** Loads the content, or returns empty when a required file cannot be read at all. */
    public Optional<Content> load() {
        Optional<Manifest> manifest = requiredMapping("aims.yaml", "the manifest").map(entities::manifest);
        Optional<Soa> soa = requiredMapping("soa.yaml", "the Statement of Applicability").map(entities::soa);

        List<AiSystem> systems = inParallel(filesIn("systems", ".yaml", ".yml"),
                path -> mapping(path, "system " + baseName(path)).map(m -> entities.system(m, baseName(path))));
        List<Risk> risks = listOrFolder("risks", "risk", entities::risk);
        List<EvidenceRecord> evidence = listOrFolder("evidence", "evidence record", entities::evidence);
        List<Objective> objectives = listOrFolder("objectives", "objective", auditCycle::objective);
        List<Audit> audits = listOrFolder("audits", "internal audit", auditCycle::audit);
        List<Nonconformity> nonconformities = listOrFolder("nonconformities", "nonconformity",
                auditCycle::nonconformity);
        List<ManagementReview> reviews = listOrFolder("management-reviews", "management review",
                auditCycle::review);

        List<String> documentFiles = new ArrayList<>();
        for (String folder : new TreeSet<>(DOCUMENT_FOLDERS.keySet())) {
            documentFiles.addAll(filesIn(folder, ".md", ".adoc"));
        }
        List<Document> docs = inParallel(documentFiles, path -> sources.read(path)
                .flatMap(text -> documents.read(text, path, DOCUMENT_FOLDERS.get(folderOf(path)))));
        if (manifest.isEmpty() || soa.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Content(manifest.get(), soa.get(), systems, risks, evidence, docs, objectives,
                audits, nonconformities, reviews, allFiles()));
    }

    private Optional<YamlMap> requiredMapping(String path, String what) {
        Optional<ContentTree.Entry> file = tree.file(path);
        if (file.isEmpty()) {
            findings.error("missing-file", Location.of(path), "The content folder has no " + path + " ("
                    + what + "). Create " + tree.root().resolve(path) + "; the README shows what it holds.");
            return Optional.empty();
        }
        if (!file.get().inside()) {
            return Optional.empty(); // a link out of the content: reported as such by allFiles()
        }
        return mapping(path, what);
    }

    private Optional<YamlMap> mapping(String path, String what) {
        return sources.read(path)
                .flatMap(text -> yaml.parse(text, path, 0))
                .flatMap(node -> YamlMap.of(node, path, 0, findings, what));
    }

    /** Reads {@code name.yaml} holding a list, and/or {@code name/*.yaml} holding one entry each. */
    private <T> List<T> listOrFolder(String name, String what, BiFunction<YamlMap, String, T> reader) {
        List<T> result = new ArrayList<>();
        for (String listFile : List.of(name + ".yaml", name + ".yml")) {
            if (tree.readable(listFile).isEmpty()) {
                continue;
            }
            sources.read(listFile).flatMap(text -> yaml.parse(text, listFile, 0))
                    .ifPresent(node -> {
                        if (node instanceof SequenceNode sequence) {
                            result.addAll(inParallel(sequence.getValue(), item -> YamlMap.of(item, listFile, 0,
                                    findings, article(what)).map(m -> reader.apply(m, null))));
                        } else {
                            findings.error("wrong-type", YamlMap.locate(node, listFile, 0), listFile
                                    + " must hold a list of entries, each starting with '- id: ...'.");
                        }
                    });
        }
        result.addAll(inParallel(filesIn(name, ".yaml", ".yml"),
                path -> mapping(path, what + " " + baseName(path)).map(m -> reader.apply(m, baseName(path)))));
        return result;
    }

    /**
     * Reads independent files (or entries) on every core. The results keep the order of {@code items}, and findings
     * are sorted into reading order at the end of the run, so the outcome is the same as reading them one by one.
     */
    private static <T, R> List<R> inParallel(List<T> items, Function<T, Optional<R>> read) {
        return items.parallelStream().map(read).flatMap(Optional::stream).toList();
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    private static String folderOf(String path) {
        int slash = path.indexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** Whether a document folder of the content holds an AsciiDoc file: a quick look, before loading. */
    public static boolean hasAsciidoc(ContentTree tree) {
        return DOCUMENT_FOLDERS.keySet().stream().anyMatch(folder -> !tree.filesIn(folder, ".adoc").isEmpty());
    }

    /** Files under a folder of the content with one of the extensions, as sorted root-relative paths. */
    private List<String> filesIn(String folder, String... extensions) {
        return tree.filesIn(folder, extensions);
    }

    /** Every file of the content, attachments larger than the limit reported (they would bloat the handbook). */
    private Set<String> allFiles() {
        Set<String> files = new TreeSet<>();
        for (ContentTree.Entry file : tree.files().values()) {
            String path = file.path();
            if (path.startsWith("templates/")) {
                continue;
            }
            if (!file.inside()) {
                findings.error("outside-content-root", Location.of(path), "This is a symbolic link to "
                        + ContentTree.realPath(file.location()) + ", outside the content folder; it is not published."
                        + " Copy the file into the content folder instead.");
                continue;
            }
            files.add(path);
            if (file.size() > maxAttachmentSize && !path.matches(".*\\.(ya?ml|md|adoc)$")) {
                findings.error("attachment-too-large", Location.of(path), "The file is " + megabytes(file.size())
                        + ", more than the limit of " + megabytes(maxAttachmentSize) + " for attachments. Link to"
                        + " where it is kept with 'url:' instead, or raise maxAttachmentSize"
                        + " (-Daims.maxAttachmentSize=...).");
            }
        }
        return files;
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static String baseName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
