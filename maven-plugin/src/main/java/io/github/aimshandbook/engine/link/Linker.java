package io.github.aimshandbook.engine.link;

import io.github.aimshandbook.engine.Closest;
import io.github.aimshandbook.engine.model.AiSystem;
import io.github.aimshandbook.engine.model.Approval;
import io.github.aimshandbook.engine.model.Catalog;
import io.github.aimshandbook.engine.model.Content;
import io.github.aimshandbook.engine.model.Control;
import io.github.aimshandbook.engine.model.Document;
import io.github.aimshandbook.engine.model.EvidenceRecord;
import io.github.aimshandbook.engine.model.FileLink;
import io.github.aimshandbook.engine.model.Findings;
import io.github.aimshandbook.engine.model.Ref;
import io.github.aimshandbook.engine.model.Risk;
import io.github.aimshandbook.engine.model.SoaEntry;
import io.github.aimshandbook.engine.model.Text;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The link stage: resolves every reference of the content against the catalog and the content's own ids, reports
 * each one that resolves to nothing with the closest ids, and derives each control's trace by the format's rule.
 */
public final class Linker {

    private static final Set<EntityKind> ANY = EnumSet.allOf(EntityKind.class);
    private static final Set<EntityKind> ROLE = EnumSet.of(EntityKind.ROLE);
    private static final Set<EntityKind> CONTROL = EnumSet.of(EntityKind.CONTROL);
    private static final Set<EntityKind> CLAUSE = EnumSet.of(EntityKind.CLAUSE);
    private static final Set<EntityKind> SYSTEM = EnumSet.of(EntityKind.SYSTEM);
    private static final Set<EntityKind> EVIDENCE = EnumSet.of(EntityKind.DOCUMENT, EntityKind.EVIDENCE);

    private final Findings findings;
    private final Map<String, SortedSet<String>> referencedBy = new HashMap<>();
    private final SortedSet<String> attachments = new TreeSet<>();
    private Index index;
    private Catalog catalog;
    private Content content;
    private Map<String, String> documentsByPath;
    private Map<String, Document> documentsById;
    private Map<String, Document> documentAt;

    public Linker(Findings findings) {
        this.findings = findings;
    }

    public Handbook link(Catalog catalog, Content content) {
        this.content = content;
        this.catalog = catalog;
        this.index = new IndexBuilder(findings).build(catalog, content);
        this.documentsByPath = new TreeMap<>();
        content.documents().forEach(d -> documentsByPath.putIfAbsent(d.path(), d.id()));
        this.documentsById = new HashMap<>();
        content.documents().forEach(d -> documentsById.putIfAbsent(d.id(), d));
        this.documentAt = new HashMap<>();
        content.documents().forEach(d -> documentAt.putIfAbsent(d.path(), d));
        content.files().stream().filter(f -> f.startsWith("files/")).forEach(attachments::add);
        content.evidence().stream().filter(e -> e.file() != null).forEach(e -> attachments.add(e.file().path()));
        if (content.manifest().logo() != null) {
            attachments.add(content.manifest().logo().path());
        }

        var m = content.manifest();
        // the manifest and the SoA's header are not entities with pages, so they leave no backlinks
        resolve(null, m.owner(), ROLE, "owner");
        approval(null, m.approved());
        text(null, m.scope());
        m.roles().forEach(r -> text(null, r.responsibilities()));

        approval(null, content.soa().approved());
        for (SoaEntry e : content.soa().entries()) {
            resolve(null, new Ref(e.controlId(), e.location()), CONTROL, "controls of the SoA");
            resolve(e.controlId(), e.owner(), ROLE, "owner");
            text(e.controlId(), e.implementation());
            e.evidence().forEach(r -> resolve(e.controlId(), r, EVIDENCE, "evidence"));
        }
        for (AiSystem s : content.systems()) {
            resolve(s.id(), s.owner(), ROLE, "owner");
            s.controls().forEach(r -> resolve(s.id(), r, CONTROL, "controls"));
        }
        for (Risk r : content.risks()) {
            resolve(r.id(), r.owner(), ROLE, "owner");
            text(r.id(), r.description());
            r.systems().forEach(x -> resolve(r.id(), x, SYSTEM, "systems"));
            r.controls().forEach(x -> resolve(r.id(), x, CONTROL, "controls"));
        }
        for (EvidenceRecord e : content.evidence()) {
            resolve(e.id(), e.owner(), ROLE, "owner");
            e.controls().forEach(x -> resolve(e.id(), x, CONTROL, "controls"));
            e.systems().forEach(x -> resolve(e.id(), x, SYSTEM, "systems"));
        }
        for (Document d : content.documents()) {
            resolve(d.id(), d.owner(), ROLE, "owner");
            approval(d.id(), d.approved());
            d.controls().forEach(x -> resolve(d.id(), x, CONTROL, "controls"));
            d.clauses().forEach(x -> resolve(d.id(), x, CLAUSE, "clauses"));
            d.systems().forEach(x -> resolve(d.id(), x, SYSTEM, "systems"));
            d.references().forEach(x -> resolve(d.id(), x, ANY, "the text"));
            d.fileLinks().forEach(x -> fileLink(d.path(), x));
        }

        AuditCycleReferences.resolve(content, index, new AuditCycleReferences.Resolver() {
            @Override
            public void resolve(String from, Ref ref, Set<EntityKind> kinds, String field) {
                Linker.this.resolve(from, ref, kinds, field);
            }

            @Override
            public void text(String from, Text text) {
                Linker.this.text(from, text);
            }
        });

        Map<String, ControlTrace> traces = new LinkedHashMap<>();
        for (Control c : catalog.controls()) {
            traces.put(c.id(), trace(c.id()));
        }
        Map<String, SortedSet<String>> backlinks = new TreeMap<>();
        referencedBy.forEach((k, v) -> backlinks.put(k, java.util.Collections.unmodifiableSortedSet(v)));
        return new Handbook(catalog, content, index, traces, java.util.Collections.unmodifiableMap(backlinks),
                java.util.Collections.unmodifiableMap(documentsByPath),
                java.util.Collections.unmodifiableSortedSet(attachments));
    }

    private void text(String from, Text text) {
        text.references().forEach(r -> resolve(from, r, ANY, "the text"));
        text.fileLinks().forEach(l -> fileLink(text.location().file(), l));
    }

    private void approval(String from, Approval approval) {
        if (approval != null) {
            resolve(from, approval.by(), ROLE, "approved by");
        }
    }

    /** Resolves one reference; {@code from} is the referring entity (for backlinks), or null. */
    private void resolve(String from, Ref ref, Set<EntityKind> kinds, String field) {
        if (ref == null) {
            return;
        }
        var target = index.find(ref.id());
        if (target.isPresent() && kinds.contains(target.get().kind())) {
            if (from != null && !from.equals(ref.id())) {
                referencedBy.computeIfAbsent(ref.id(), k -> new TreeSet<>()).add(from);
            }
            return;
        }
        String expected = kinds.equals(ANY) ? "id" : kinds.stream().map(EntityKind::label)
                .reduce((a, b) -> a + " or " + b).orElse("id");
        if (target.isPresent()) {
            findings.error("wrong-reference-kind", ref.location(), "'" + ref.id() + "' in " + field + " is "
                    + article(target.get().kind().label()) + ", but " + field + " must name " + article(expected)
                    + "."
                    + Closest.hint(ref.id(), index.idsOf(kinds)));
            return;
        }
        List<String> candidates = index.idsOf(kinds);
        String hint = kinds.contains(EntityKind.CONTROL) ? CatalogHint.of(ref.id(), catalog).orElse("") : "";
        if (hint.isEmpty()) {
            hint = Closest.hint(ref.id(), candidates);
        }
        if (hint.isEmpty() && candidates.size() <= 12 && !candidates.isEmpty()) {
            hint = " Known: " + String.join(", ", candidates) + ".";
        }
        findings.error("unresolved-reference", ref.location(), "Unresolved reference '" + ref.id() + "' in "
                + field + ": no " + expected + " has this id." + hint);
    }

    static String article(String noun) {
        return ("AEIOUaeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    private void fileLink(String fromFile, FileLink link) {
        if (link.path().isEmpty()) {
            Document self = documentAt.get(fromFile);
            if (self != null) {
                anchor(link, "#" + link.fragment(), self);
            }
            return; // a place on the page of a YAML file's text: the page's own ids, not the content's
        }
        var resolved = Paths.resolve(fromFile, link.path());
        String what = link.kind().label();
        if (resolved.isEmpty()) {
            findings.error("outside-content-root", link.location(), "The " + what + " '" + link.path()
                    + "' points outside the content folder. Copy the file under files/ and link to it there.");
            return;
        }
        String path = resolved.get();
        if (documentsByPath.containsKey(path) && link.kind() != FileLink.Kind.INCLUDE) {
            anchor(link, link.path() + "#" + link.fragment(), documentAt.get(path));
            return;
        }
        if (!content.files().contains(path)) {
            List<String> near = Closest.to(path, content.files(), 2);
            findings.error("missing-file", link.location(), "The " + what + " '" + link.path()
                    + "' leads to " + path + ", which is not in the content folder."
                    + (near.isEmpty() ? "" : " Did you mean " + String.join(" or ", near) + "?"));
            return;
        }
        if (link.kind() == FileLink.Kind.INCLUDE) {
            return; // included into the document when it is rendered, not published on its own
        }
        if (path.endsWith(".md") || path.endsWith(".adoc")) {
            findings.error("missing-file", link.location(), "The " + what + " '" + link.path() + "' leads to "
                    + path + ", which is not a handbook document: documents live in policies/, procedures/,"
                    + " model-cards/, impact-assessments/ or records/.");
            return;
        }
        attachments.add(path);
    }

    /** Reports a link whose {@code #fragment} names an id that the target document's body does not have. */
    private void anchor(FileLink link, String written, Document target) {
        String fragment = link.fragment();
        if (fragment.isEmpty() || !target.ids().misses(fragment)) {
            return;
        }
        var ids = target.ids().ids();
        String hint = Closest.hint(fragment, ids);
        if (hint.isEmpty() && !ids.isEmpty() && ids.size() <= 12) {
            hint = " Its ids: " + String.join(", ", ids) + ".";
        } else if (ids.isEmpty()) {
            hint = " It has no headings or anchors.";
        }
        var entity = index.find(fragment);
        if (entity.isPresent()) {
            // an xref to a handbook id (<<A.6.2.4>>) is a reference written the AsciiDoc way
            hint = " '" + fragment + "' is " + article(entity.get().kind().label()) + ": to link to it, write ref:"
                    + fragment + "[] in AsciiDoc or [[" + fragment + "]] in Markdown.";
        }
        findings.error("missing-anchor", link.location(), "The " + link.kind().label() + " '" + written
                + "' leads to #" + fragment + " in " + target.path() + ", but no heading or anchor there has this id."
                + hint);
    }

    private ControlTrace trace(String controlId) {
        SortedSet<String> cited = new TreeSet<>();
        content.soa().entries().stream().filter(e -> e.controlId().equals(controlId))
                .flatMap(e -> e.evidence().stream())
                .map(Ref::id)
                .filter(id -> index.find(id).map(t -> EVIDENCE.contains(t.kind())).orElse(false))
                .forEach(cited::add);
        content.documents().stream().filter(d -> names(d.controls(), controlId)).map(Document::id)
                .filter(this::indexed).forEach(cited::add);
        content.evidence().stream().filter(e -> names(e.controls(), controlId)).map(EvidenceRecord::id)
                .filter(this::indexed).forEach(cited::add);
        SortedSet<String> evidence = new TreeSet<>();
        SortedSet<String> notCounted = new TreeSet<>();
        for (String id : cited) {
            boolean counts = index.get(id).kind() != EntityKind.DOCUMENT
                    || documentsById.get(id).notCountedBecause().isEmpty();
            (counts ? evidence : notCounted).add(id);
        }
        SortedSet<String> systems = new TreeSet<>();
        content.systems().stream().filter(s -> names(s.controls(), controlId)).map(AiSystem::id)
                .filter(this::indexed).forEach(systems::add);
        SortedSet<String> risks = new TreeSet<>();
        content.risks().stream().filter(r -> names(r.controls(), controlId)).map(Risk::id)
                .filter(this::indexed).forEach(risks::add);
        return new ControlTrace(controlId, List.copyOf(evidence), List.copyOf(notCounted), List.copyOf(systems),
                List.copyOf(risks));
    }

    /** Only entities that made it into the index (valid, first of their id) take part in traces. */
    private boolean indexed(String id) {
        return index.find(id).map(t -> t.kind() != EntityKind.CONTROL && t.kind() != EntityKind.CLAUSE)
                .orElse(false);
    }

    private static boolean names(List<Ref> refs, String id) {
        return refs.stream().anyMatch(r -> r.id().equals(id));
    }
}
