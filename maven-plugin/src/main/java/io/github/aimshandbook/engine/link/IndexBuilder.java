package io.github.aimshandbook.engine.link;

import io.github.aimshandbook.engine.model.AiSystem;
import io.github.aimshandbook.engine.model.Catalog;
import io.github.aimshandbook.engine.model.Clause;
import io.github.aimshandbook.engine.model.Content;
import io.github.aimshandbook.engine.model.Control;
import io.github.aimshandbook.engine.model.Document;
import io.github.aimshandbook.engine.model.EvidenceRecord;
import io.github.aimshandbook.engine.model.Findings;
import io.github.aimshandbook.engine.model.Location;
import io.github.aimshandbook.engine.model.Risk;
import io.github.aimshandbook.engine.model.Role;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Builds the {@link Index}, reporting ids that break the id rule or are used twice. */
final class IndexBuilder {

    private static final Pattern ID_RULE = Pattern.compile("[A-Za-z][A-Za-z0-9._-]*");

    private final Findings findings;
    private final Map<String, Target> targets = new HashMap<>();
    /** Every id the content uses, valid or not: a suggested id must not be one of them. */
    private final java.util.Set<String> taken = new java.util.HashSet<>();

    IndexBuilder(Findings findings) {
        this.findings = findings;
    }

    Index build(Catalog catalog, Content content) {
        content.manifest().roles().forEach(r -> taken.add(r.id()));
        content.documents().forEach(d -> taken.add(d.id()));
        content.systems().forEach(s -> taken.add(s.id()));
        content.risks().forEach(r -> taken.add(r.id()));
        content.evidence().forEach(e -> taken.add(e.id()));
        content.objectives().forEach(o -> taken.add(o.id()));
        content.audits().forEach(a -> taken.add(a.id()));
        content.nonconformities().forEach(n -> taken.add(n.id()));
        content.reviews().forEach(r -> taken.add(r.id()));
        for (Control c : catalog.controls()) {
            targets.put(c.id(), new Target(c.id(), EntityKind.CONTROL, c.id() + " " + c.title(),
                    EntityKind.CONTROL.href(c.id()), null));
        }
        for (Clause c : catalog.clauses()) {
            targets.put(c.id(), new Target(c.id(), EntityKind.CLAUSE, "Clause " + c.id() + " " + c.title(),
                    EntityKind.CLAUSE.href(c.id()), null));
        }
        for (Role r : content.manifest().roles()) {
            add(r.id(), EntityKind.ROLE, r.title(), r.location());
        }
        for (Document d : content.documents()) {
            add(d.id(), EntityKind.DOCUMENT, d.title(), d.location());
        }
        for (AiSystem s : content.systems()) {
            add(s.id(), EntityKind.SYSTEM, s.name(), s.location());
        }
        for (Risk r : content.risks()) {
            add(r.id(), EntityKind.RISK, r.title(), r.location());
        }
        for (EvidenceRecord e : content.evidence()) {
            add(e.id(), EntityKind.EVIDENCE, e.title(), e.location());
        }
        content.objectives().forEach(o -> add(o.id(), EntityKind.OBJECTIVE, o.title(), o.location()));
        content.audits().forEach(a -> add(a.id(), EntityKind.AUDIT, a.title(), a.location()));
        content.nonconformities().forEach(n -> add(n.id(), EntityKind.NONCONFORMITY, n.title(), n.location()));
        content.reviews().forEach(r -> add(r.id(), EntityKind.MANAGEMENT_REVIEW, r.title(), r.location()));
        return new Index(targets);
    }

    private void add(String id, EntityKind kind, String title, Location where) {
        if (id.isEmpty()) {
            return; // a missing id was reported when the entry was read
        }
        if (!ID_RULE.matcher(id).matches() || Catalog.looksLikeCatalogId(id)) {
            findings.error("invalid-id", where, "The id '" + id + "' of this " + kind.label() + " is not valid: an id"
                    + " starts with a letter, has only letters, digits, '.', '_' and '-', and must not look like a"
                    + " catalog id such as A.6.2.4 or 5.2. Set a valid one with 'id: " + suggestion(id, kind) + "'"
                    + (kind == EntityKind.DOCUMENT || kind == EntityKind.SYSTEM
                            ? " (without 'id:', the id is the file name)" : "") + ".");
            return;
        }
        if (kind.hasOwnPage() && id.equalsIgnoreCase("index")) {
            // its page would be the register of its section (documents/index.html) and replace it
            findings.error("invalid-id", where, "The id '" + id + "' of this " + kind.label() + " is not valid: its"
                    + " page would be " + kind.href(id) + ", the page of the register itself. Set another one with"
                    + " 'id: " + free(kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + id) + "'"
                    + (kind == EntityKind.DOCUMENT || kind == EntityKind.SYSTEM
                            ? " (without 'id:', the id is the file name)" : "") + ".");
            return;
        }
        Target existing = targets.get(id);
        if (existing != null) {
            String first = existing.definedAt() == null ? "the ISO/IEC 42001 catalog"
                    : existing.definedAt().toString();
            findings.error("duplicate-id", where, "The id '" + id + "' of this " + kind.label()
                    + " is already used by " + Linker.article(existing.kind().label()) + " (" + first
                    + "). Ids must be unique across all documents, systems, risks, evidence records, roles,"
                    + " objectives, audits, nonconformities and management reviews.");
            return;
        }
        targets.put(id, new Target(id, kind, title, kind.href(id), where));
    }

    /** A valid id close to the invalid one that no other entry has. */
    private String suggestion(String id, EntityKind kind) {
        String cleaned = id.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[^A-Za-z]+", "");
        String prefix = switch (kind) {
            case RISK -> "R-";
            case EVIDENCE -> "EV-";
            case OBJECTIVE -> "OBJ-";
            case AUDIT -> "IA-";
            case NONCONFORMITY -> "NC-";
            case MANAGEMENT_REVIEW -> "MR-";
            default -> kind.name().toLowerCase(java.util.Locale.ROOT) + "-";
        };
        String base = cleaned.isEmpty() || Catalog.looksLikeCatalogId(cleaned)
                ? prefix + id.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "")
                : cleaned;
        if (base.equals(prefix) || !ID_RULE.matcher(base).matches() || Catalog.looksLikeCatalogId(base)) {
            base = prefix + "1";
        }
        return free(base);
    }

    /** {@code base}, or {@code base-2}, {@code base-3} ... whichever no entry of the content has. */
    private String free(String base) {
        String candidate = base;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }
}
