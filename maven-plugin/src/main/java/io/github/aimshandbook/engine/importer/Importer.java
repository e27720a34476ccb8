package io.github.aimshandbook.engine.importer;

import io.github.aimshandbook.engine.Options;
import io.github.aimshandbook.engine.UserError;
import io.github.aimshandbook.engine.load.CatalogLoader;
import io.github.aimshandbook.engine.load.MarkdownIds;
import io.github.aimshandbook.engine.markup.MarkdownSyntax;
import io.github.aimshandbook.engine.model.BodyIds;
import io.github.aimshandbook.engine.model.Catalog;
import io.github.aimshandbook.engine.tree.ContentTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports an AIMS written as a folder of Markdown documents (a consultant's toolkit, a public template set) into a
 * content tree of the content format: one document per Markdown file with front matter inferred from what the text
 * states, links rewritten to the new places, files the documents link to copied under {@code files/}, the roles
 * that own the documents in {@code aims.yaml}, the Statement of Applicability from a Markdown SoA table (else every
 * control to be decided), and {@code IMPORT-REPORT.md} with everything inferred and everything that was not.
 *
 * <p>The source folder is only read, through a {@link ContentTree}, so a link out of it is never followed. Nothing is
 * written until everything is known, and nothing is overwritten: when a file to be written exists, the import stops
 * before it writes any. Stateless and thread-safe; each run has its own state.
 */
public final class Importer {

    /** Markdown files larger than this are not imported: template sets have no documents near it. */
    static final long MAX_DOCUMENT_SIZE = 2L * 1024 * 1024;
    /** A folder with more files than this is not an AIMS to import, but likely the wrong folder. */
    static final int MAX_FILES = 20_000;
    static final String REPORT = "IMPORT-REPORT.md";

    private static final Map<String, String> FOLDERS = Map.of("policy", "policies", "procedure", "procedures",
            "record", "records", "other", "procedures");
    private static final Pattern HEADING = Pattern.compile("(?m)^\\s{0,3}#{1,6}\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern SCOPE = Pattern.compile("(?i).*\\bscope\\b.*");
    /** A role with the person who holds it in brackets: two or more capitalized words, or an initial and a name. */
    private static final Pattern HOLDER = Pattern.compile("(.+?)\\s*[(\\[]((?:\\p{Lu}\\.|\\p{Lu}\\p{Ll}+)"
            + "(?:[ -](?:\\p{Lu}\\.|\\p{Lu}[\\p{Ll}'-]+))+)[)\\]]");

    private final Catalog catalog = CatalogLoader.load();

    /**
     * Imports {@code source} into {@code contentDirectory}.
     *
     * @throws UserError when the source is not a folder, the two folders overlap, or a file to be written exists
     * @throws UncheckedIOException when a file cannot be read or written
     */
    public ImportResult run(Path source, Path contentDirectory) {
        ContentTree tree = sourceTree(source, contentDirectory);
        Run run = new Run(tree);
        run.read();
        SortedMap<String, byte[]> files = run.files();
        List<String> written = new ImportWriter().write(contentDirectory, files);
        return new ImportResult(contentDirectory, written, REPORT, run.report.summary(), run.report.couldNotInfer());
    }

    private static ContentTree sourceTree(Path source, Path contentDirectory) {
        ContentTree tree = ContentTree.walk(source);
        if (!tree.exists()) {
            throw UserError.configuration("The folder to import is not there", "importFrom", "There is no folder "
                    + source.toAbsolutePath().normalize() + ".", "Give the folder that holds the Markdown documents,"
                    + " e.g. -Daims.importFrom=../our-aims-toolkit.");
        }
        Path from = ContentTree.realPath(source);
        Path to = ContentTree.realPath(contentDirectory);
        if (to.startsWith(from) || from.startsWith(to)) {
            throw UserError.configuration("The folders overlap", "importFrom", "The content folder " + to
                    + (to.startsWith(from) ? " is inside the folder to import " : " holds the folder to import ")
                    + from + "; the import never writes into the folder it reads.", "Import into a content folder"
                    + " outside it, e.g. run the goal in another folder or set -Daims.contentDirectory.");
        }
        if (tree.files().size() > MAX_FILES) {
            throw UserError.configuration("The folder to import is too large", "importFrom", source + " has "
                    + tree.files().size() + " files; an AIMS has at most a few hundred.", "Give the folder that"
                    + " holds the AIMS documents only.");
        }
        return tree;
    }

    /** The state of one import. */
    private final class Run implements LinkRewriter.Targets {

        private final ContentTree tree;
        private final Ids ids = new Ids();
        private final Citations citations = new Citations(catalog);
        private final ImportReport report;
        private final Map<String, Source> sources = new LinkedHashMap<>();
        private final Map<String, String> roles = new LinkedHashMap<>(); // id -> title
        private final Map<String, String> roleIds = new LinkedHashMap<>(); // normalized text -> id
        private final Map<String, String> holders = new LinkedHashMap<>(); // id -> person
        private final Map<String, List<String>> roleUse = new LinkedHashMap<>();
        private final SortedMap<String, String> attachments = new TreeMap<>(); // source -> target
        private final List<String> sourceFiles;
        private final List<ImportedDocument> documents = new ArrayList<>();
        private SoaTable.Read soaTable;
        private String soaSource;
        private String organization;
        private String organizationFrom;

        /** A Markdown file of the source folder as read, before its links are rewritten. */
        private record Source(String path, Metadata.Read read, String id, String idFrom, String target,
                BodyIds bodyIds) {
        }

        Run(ContentTree tree) {
            this.tree = tree;
            this.report = new ImportReport(tree.root().getFileName() == null ? tree.root().toString()
                    : tree.root().getFileName().toString());
            this.sourceFiles = tree.files().values().stream().filter(ContentTree.Entry::inside)
                    .map(ContentTree.Entry::path).filter(p -> !hidden(p)).toList();
        }

        void read() {
            List<String> markdown = new ArrayList<>();
            for (ContentTree.Entry entry : tree.files().values()) {
                if (hidden(entry.path())) {
                    report.hidden();
                } else if (!entry.inside()) {
                    report.notImported(entry.path(), "a symbolic link to a file outside the folder; it was not read");
                } else if (isMarkdown(entry.path()) && entry.size() > MAX_DOCUMENT_SIZE) {
                    report.notImported(entry.path(), "larger than " + MAX_DOCUMENT_SIZE / (1024 * 1024) + " MiB");
                } else if (isMarkdown(entry.path())) {
                    markdown.add(entry.path());
                }
            }
            for (String path : markdown) {
                Optional<String> text = text(path);
                if (text.isEmpty()) {
                    continue;
                }
                Metadata.Read read = Metadata.of(text.get());
                Optional<Metadata.Field> stated = read.first(Metadata.Key.ID).filter(f -> !Values.isPlaceholder(
                        f.value()));
                String name = baseName(path);
                String id = ids.claim(stated.map(Metadata.Field::value).orElse(""), Ids.kebab(name));
                String idFrom = stated.map(f -> "'" + f.label() + ": " + f.value() + "' (" + f.where() + ")")
                        .orElse("the file name");
                if (stated.isPresent() && !id.equals(stated.get().value())) {
                    idFrom += ", made valid and unique";
                }
                sources.put(path, new Source(path, read, id, idFrom, null, bodyIds(read.body())));
                if (soaTable == null) {
                    Optional<SoaTable.Read> soa = new SoaTable(catalog).in(read.body());
                    if (soa.isPresent()) {
                        soaTable = soa.get();
                        soaSource = path;
                    }
                }
                if (organization == null) {
                    read.first(Metadata.Key.ORGANIZATION).filter(f -> !Values.isPlaceholder(f.value())).ifPresent(f -> {
                        organization = f.value();
                        organizationFrom = path + ", '" + f.label() + "' (" + f.where() + ")";
                    });
                }
            }
            for (Source s : List.copyOf(sources.values())) {
                String type = type(s).get(0);
                sources.put(s.path(), new Source(s.path(), s.read(), s.id(), s.idFrom(), FOLDERS.get(type) + "/"
                        + s.id() + ".md", s.bodyIds()));
            }
            for (Source s : sources.values()) {
                documents.add(document(s));
            }
        }

        private ImportedDocument document(Source s) {
            Metadata.Read read = s.read();
            List<String> inferred = new ArrayList<>();
            List<String> missing = new ArrayList<>(read.notes());
            inferred.add("id " + s.id() + " from " + s.idFrom());

            String title = title(s, inferred);
            List<String> typed = type(s);
            String type = typed.get(0);
            inferred.add("type " + type + " from " + typed.get(1));
            boolean isSoa = s.path().equals(soaSource);

            String owner = null;
            Optional<Metadata.Field> ownerField = stated(read, Metadata.Key.OWNER);
            if (ownerField.isPresent()) {
                owner = role(ownerField.get().value(), s.id());
                inferred.add("owner " + owner + " from '" + ownerField.get().value() + "' (" + ownerField.get().where()
                        + ")");
            } else {
                missing.add("No owner is stated (a 'Document owner' or 'Owner:' field): the document has no owner.");
            }
            String version = stated(read, Metadata.Key.VERSION).map(Metadata.Field::value).orElse(null);

            String status = null;
            Optional<Metadata.Field> statusField = stated(read, Metadata.Key.STATUS);
            if (statusField.isPresent()) {
                status = Values.status(statusField.get().value()).orElse(null);
                if (status == null) {
                    missing.add("The status '" + statusField.get().value() + "' (" + statusField.get().where()
                            + ") is not draft, approved or retired; written as draft.");
                } else {
                    inferred.add("status " + status + " from '" + statusField.get().value() + "' ("
                            + statusField.get().where() + ")");
                }
            }
            String approvedBy = null;
            String approvedOn = null;
            Optional<Metadata.Field> by = stated(read, Metadata.Key.APPROVED_BY);
            Optional<Metadata.Field> on = stated(read, Metadata.Key.APPROVED_ON);
            Optional<String> date = on.flatMap(f -> Values.date(f.value())).map(Object::toString);
            if (by.isPresent() && date.isPresent()) {
                approvedBy = role(by.get().value(), s.id());
                approvedOn = date.get();
                inferred.add("approved by " + approvedBy + " on " + approvedOn + " from '" + by.get().value() + "' and '"
                        + on.get().value() + "'");
                if (status == null && statusField.isEmpty()) {
                    status = "approved";
                    inferred.add("status approved, since its approval is recorded");
                }
            } else if (by.isPresent() || on.isPresent()) {
                missing.add("The approval (" + by.or(() -> on).get().where() + ") needs both who approved it and an"
                        + " unambiguous date (2026-03-01 or 1 March 2026); it was not imported.");
            }
            if (status == null) {
                if (statusField.isEmpty() && !type.equals("other")) {
                    missing.add("No status is stated: written as draft, so it is not counted as evidence until you set"
                            + " status: approved.");
                }
                status = "draft";
            }

            String reviewEvery = null;
            Optional<Metadata.Field> review = read.fields().stream().filter(f -> f.key() == Metadata.Key.REVIEW)
                    .filter(f -> Values.period(f.value()).isPresent()).findFirst();
            if (review.isPresent()) {
                reviewEvery = Values.period(review.get().value()).get();
                inferred.add("review every " + reviewEvery + " from '" + review.get().value() + "' ("
                        + review.get().where() + ")");
            } else {
                Optional<Metadata.Field> unread = stated(read, Metadata.Key.REVIEW);
                if (unread.isPresent()) {
                    missing.add("The review cycle '" + unread.get().value() + "' (" + unread.get().where() + ") is not"
                            + " a period the import can read; no review period was set.");
                } else if (type.equals("policy") || type.equals("procedure")) {
                    missing.add("No review cycle is stated ('Review cycle: annual', 'This policy is reviewed every"
                            + " 12 months'): no review period was set.");
                }
            }
            String lastReviewed = stated(read, Metadata.Key.LAST_REVIEWED).flatMap(f -> Values.date(f.value()))
                    .map(Object::toString).orElse(null);
            if (lastReviewed == null && reviewEvery != null) {
                if (approvedOn != null) {
                    lastReviewed = approvedOn;
                    inferred.add("last reviewed " + lastReviewed + ": the approval date, as no review date is stated");
                } else {
                    missing.add("No date of the last review is stated: the handbook counts the review as overdue until"
                            + " you set lastReviewed.");
                }
            }

            List<String> controls = List.of();
            List<String> clauses = List.of();
            Citations.Found found = citations.in(read.body());
            if (isSoa) {
                inferred.add("its Statement of Applicability table became soa.yaml; the document is kept as type"
                        + " other, so that it is not counted as evidence of every control it lists");
            } else {
                controls = found.controls();
                clauses = found.clauses();
                if (!controls.isEmpty() || !clauses.isEmpty()) {
                    inferred.add("cites " + (controls.isEmpty() ? "" : "controls " + String.join(", ", controls))
                            + (controls.isEmpty() || clauses.isEmpty() ? "" : " and ") + (clauses.isEmpty() ? ""
                            : "clauses " + String.join(", ", clauses)));
                }
                if (controls.size() > 12) {
                    missing.add("It cites " + controls.size() + " controls: check that it is evidence of each, or it"
                            + " will count for all of them once approved.");
                }
            }

            String frontMatter = frontMatter(s, title, type, owner, version, status, approvedBy, approvedOn,
                    reviewEvery, lastReviewed, controls, clauses);
            int offset = (int) frontMatter.chars().filter(c -> c == '\n').count();
            for (Citations.Unmapped u : found.unmapped()) {
                missing.add("line " + (u.line() + offset) + ": '" + u.written() + "' was not mapped: " + u.reason());
            }
            for (Metadata.Removed r : read.removed()) {
                inferred.add("removed from the body: the " + r.what() + " at " + lines(r) + " of the source, now"
                        + " front matter");
            }
            for (Metadata.Removed r : read.kept()) {
                inferred.add("the " + r.what() + " (" + lines(r) + " of the source)");
            }
            LinkRewriter.Outcome links = new LinkRewriter(this, s.path(), s.target()).rewrite(read.body());
            if (links.rewritten() > 0) {
                inferred.add(links.rewritten() + " link(s) to other files rewritten to their new places");
                report.linksRewritten(links.rewritten());
            }
            for (LinkRewriter.Change c : links.changes()) {
                missing.add("line " + (c.line() + offset) + ": the link '" + c.written() + "' " + c.what() + ".");
            }
            String body = links.body().endsWith("\n") ? links.body() : links.body() + "\n";
            return new ImportedDocument(s.path(), s.target(), s.id(), title, type, owner, version, status, approvedBy,
                    approvedOn, reviewEvery, lastReviewed, controls, clauses, frontMatter, body, inferred, missing);
        }

        private String title(Source s, List<String> inferred) {
            if (!s.read().title().isEmpty()) {
                inferred.add("title from the first heading");
                return s.read().title();
            }
            Optional<Metadata.Field> stated = stated(s.read(), Metadata.Key.TITLE);
            if (stated.isPresent()) {
                inferred.add("title from '" + stated.get().label() + "' (" + stated.get().where() + ")");
                return stated.get().value();
            }
            Matcher heading = HEADING.matcher(s.read().body());
            if (heading.find()) {
                inferred.add("title from the first heading");
                return Values.plain(heading.group(1));
            }
            inferred.add("title from the file name, as the document has no heading");
            return baseName(s.path()).replaceFirst("^\\d+[ ._-]+", "").replace('_', ' ').strip();
        }

        /** The type and why, from the file's name first, then from its folders. */
        private List<String> type(Source s) {
            if (s.path().equals(soaSource)) {
                return List.of("other", "its Statement of Applicability table");
            }
            String name = baseName(s.path()).toLowerCase(Locale.ROOT);
            Optional<String> byName = typeOf(name);
            if (byName.isPresent()) {
                return List.of(byName.get(), "the file name");
            }
            String[] folders = s.path().split("/");
            for (int i = folders.length - 2; i >= 0; i--) {
                Optional<String> byFolder = typeOf(folders[i].toLowerCase(Locale.ROOT));
                if (byFolder.isPresent()) {
                    return List.of(byFolder.get(), "the folder '" + folders[i] + "'");
                }
            }
            return List.of("other", "neither the name nor the folder (no policy, procedure or record word)");
        }

        private Optional<String> typeOf(String name) {
            if (name.matches(".*\\b(templates?|forms?|guides?|guidance|examples?|checklists?|readme)\\b.*")) {
                return Optional.of("other");
            }
            if (name.matches(".*\\bpolic(y|ies)\\b.*")) {
                return Optional.of("policy");
            }
            if (name.matches(".*\\b(procedures?|process(es)?|sops?|playbooks?|instructions?|plans?|methodology)\\b.*")) {
                return Optional.of("procedure");
            }
            if (name.matches(".*\\b(records?|registers?|logs?|minutes|reports?|results|evidence)\\b.*")) {
                return Optional.of("record");
            }
            return Optional.empty();
        }

        private Optional<Metadata.Field> stated(Metadata.Read read, Metadata.Key key) {
            return read.fields().stream().filter(f -> f.key() == key).filter(f -> !Values.isPlaceholder(f.value()))
                    .findFirst();
        }

        /**
         * The role for an owner written as text, created on first use. "Head of AI (Jane Doe)" is the role Head of
         * AI, held by Jane Doe; "(CISO)" is part of the role's name.
         */
        private String role(String text, String usedBy) {
            String written = text.replaceAll("\\s+", " ").strip();
            Matcher person = HOLDER.matcher(written);
            String title = person.matches() ? person.group(1).strip() : written;
            String key = title.toLowerCase(Locale.ROOT);
            String id = roleIds.computeIfAbsent(key, k -> {
                String claimed = ids.claim(Ids.kebab(title), "role");
                roles.put(claimed, title);
                return claimed;
            });
            if (person.matches()) {
                holders.putIfAbsent(id, person.group(2).strip());
            }
            roleUse.computeIfAbsent(id, k -> new ArrayList<>()).add(usedBy);
            return id;
        }

        private String frontMatter(Source s, String title, String type, String owner, String version, String status,
                String approvedBy, String approvedOn, String reviewEvery, String lastReviewed, List<String> controls,
                List<String> clauses) {
            StringBuilder fm = new StringBuilder("---\n");
            fm.append("# Imported by aims:import from ").append(YamlText.quote(s.path()))
                    .append("; IMPORT-REPORT.md says where each value came from.\n");
            fm.append("id: ").append(s.id()).append('\n');
            fm.append("title: ").append(YamlText.quote(title)).append('\n');
            fm.append("type: ").append(type).append('\n');
            if (owner != null) {
                fm.append("owner: ").append(owner).append('\n');
            }
            if (version != null) {
                fm.append("version: ").append(YamlText.quote(version)).append('\n');
            }
            fm.append("status: ").append(status).append('\n');
            if (approvedBy != null) {
                fm.append("approved: { by: ").append(approvedBy).append(", date: ").append(approvedOn).append(" }\n");
            }
            if (reviewEvery != null) {
                fm.append("reviewEvery: ").append(reviewEvery).append('\n');
            }
            if (lastReviewed != null) {
                fm.append("lastReviewed: ").append(lastReviewed).append('\n');
            }
            if (!controls.isEmpty()) {
                fm.append("controls: [").append(String.join(", ", controls)).append("]\n");
            }
            if (!clauses.isEmpty()) {
                fm.append("clauses: ").append(YamlText.list(clauses)).append('\n');
            }
            return fm.append("---\n").toString();
        }

        SortedMap<String, byte[]> files() {
            SortedMap<String, byte[]> files = new TreeMap<>();
            for (ImportedDocument d : documents) {
                files.put(d.target(), d.text().getBytes(StandardCharsets.UTF_8));
                report.document(d);
            }
            for (String path : sourceFiles) {
                if (!isMarkdown(path) && !attachments.containsKey(path)) {
                    report.notImported(path, "not Markdown, and no document links to it");
                }
            }
            for (Map.Entry<String, String> a : attachments.entrySet()) {
                try {
                    files.put(a.getValue(), tree.read(a.getKey()));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + a.getKey() + " of the folder to import: "
                            + e.getMessage(), e);
                }
                report.attachment(a.getKey(), a.getValue());
            }
            SoaText soa = new SoaText(catalog, soaTable, soaSource, this::tableRole); // may add roles: first
            files.put("soa.yaml", soa.yaml().getBytes(StandardCharsets.UTF_8));
            report.soa(soa);
            ManifestText manifest = new ManifestText(organization, organizationFrom, scopeDocument(), roles, holders,
                    roleUse, owner());
            files.put("aims.yaml", manifest.yaml().getBytes(StandardCharsets.UTF_8));
            report.manifest(manifest);
            report.roles(roles, roleUse);
            files.put(REPORT, report.markdown().getBytes(StandardCharsets.UTF_8));
            return files;
        }

        private String tableRole(String text) {
            return Values.isPlaceholder(text) ? null : role(text, "soa.yaml");
        }

        /** The role that owns the most documents: the AIMS's owner, until the user says otherwise. */
        private String owner() {
            return roleUse.entrySet().stream().max((a, b) -> a.getValue().size() != b.getValue().size()
                    ? Integer.compare(a.getValue().size(), b.getValue().size()) : b.getKey().compareTo(a.getKey()))
                    .map(Map.Entry::getKey).orElse(null);
        }

        private Optional<ImportedDocument> scopeDocument() {
            return documents.stream().filter(d -> SCOPE.matcher(d.title()).matches() && !d.source().equals(soaSource))
                    .findFirst();
        }

        private Optional<String> text(String path) {
            try {
                byte[] bytes = tree.read(path);
                for (byte b : bytes) {
                    if (b == 0) { // valid UTF-8, but the load stage rightly takes a zero byte for binary data
                        report.notImported(path, "holds binary data (a zero byte), not text");
                        return Optional.empty();
                    }
                }
                String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                if (text.startsWith("\ufeff")) {
                    text = text.substring(1);
                }
                return Optional.of(text.replace("\r\n", "\n").replace('\r', '\n'));
            } catch (CharacterCodingException e) {
                report.notImported(path, "not UTF-8 text; save it as UTF-8 and import again");
                return Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + path + " of the folder to import: " + e.getMessage(), e);
            }
        }

        private BodyIds bodyIds(String body) {
            return MarkdownIds.of(MarkdownSyntax.parser().parse(body));
        }

        // LinkRewriter.Targets

        @Override
        public Optional<String> document(String sourcePath) {
            return Optional.ofNullable(sources.get(sourcePath)).map(Source::target);
        }

        @Override
        public BodyIds ids(String sourcePath) {
            Source s = sources.get(sourcePath);
            return s == null ? BodyIds.UNKNOWN : s.bodyIds();
        }

        @Override
        public Optional<String> id(String sourcePath) {
            return Optional.ofNullable(sources.get(sourcePath)).map(Source::id);
        }

        @Override
        public Optional<String> attachment(String sourcePath) {
            Optional<ContentTree.Entry> entry = tree.readable(sourcePath);
            if (entry.isEmpty() || entry.get().size() > Options.DEFAULT_MAX_ATTACHMENT_SIZE) {
                if (entry.isPresent()) {
                    report.notImported(sourcePath, "larger than " + Options.DEFAULT_MAX_ATTACHMENT_SIZE / (1024 * 1024)
                            + " MiB, the largest attachment a handbook publishes");
                }
                return Optional.empty();
            }
            return Optional.of(attachments.computeIfAbsent(sourcePath, p -> "files/" + p));
        }

        @Override
        public List<String> sourceFiles() {
            return sourceFiles;
        }

        @Override
        public boolean isId(String id) {
            return catalog.control(id).isPresent() || catalog.clause(id).isPresent()
                    || sources.values().stream().anyMatch(s -> s.id().equals(id));
        }
    }

    private static String lines(Metadata.Removed r) {
        return r.first() == r.last() ? "line " + r.first() : "lines " + r.first() + "-" + r.last();
    }

    private static boolean hidden(String path) {
        for (String segment : path.split("/")) {
            if (segment.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMarkdown(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown");
    }

    private static String baseName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
