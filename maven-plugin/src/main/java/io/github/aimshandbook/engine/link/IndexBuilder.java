package io.github.aimshandbook.engine.link;

import io.github.aimshandbook.engine.model.Catalog;
import io.github.aimshandbook.engine.model.Content;
import io.github.aimshandbook.engine.model.Entity;
import io.github.aimshandbook.engine.model.Findings;
import io.github.aimshandbook.engine.model.Location;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Builds the {@link Index}, reporting ids that break the id rule or are used twice. */
final class IndexBuilder {

    private static final Pattern ID_RULE = Pattern.compile("[A-Za-z][A-Za-z0-9._-]*");

    private final Findings findings;
    private final Map<String, Target> targets = new HashMap<>();
    /** Every id the content uses, valid or not: a suggested id must not be one of them. */
    private final Set<String> taken = new HashSet<>();

    IndexBuilder(Findings findings) {
        this.findings = findings;
    }

    /** The index of every kind's entries, in the order {@link EntityKind} lists the kinds. */
    Index build(Catalog catalog, Content content) {
        for (EntityKind kind : EntityKind.values()) {
            if (!kind.fromCatalog()) {
                kind.entriesOf(catalog, content).forEach(e -> taken.add(e.id()));
            }
        }
        Map<EntityKind, List<Entity>> owners = new EnumMap<>(EntityKind.class);
        for (EntityKind kind : EntityKind.values()) {
            List<Entity> owning = new ArrayList<>();
            for (Entity entry : kind.entriesOf(catalog, content)) {
                if (kind.fromCatalog()) {
                    targets.put(entry.id(), new Target(entry.id(), kind, kind.titleOf(entry), kind.href(entry.id()),
                            null));
                    owning.add(entry);
                } else if (add(entry.id(), kind, kind.titleOf(entry), entry.location())) {
                    owning.add(entry);
                }
            }
            owners.put(kind, List.copyOf(owning));
        }
        return new Index(targets, owners);
    }

    /** Takes the id into the index, or reports why it cannot; whether it was taken. */
    private boolean add(String id, EntityKind kind, String title, Location where) {
        if (id.isEmpty()) {
            return false; // a missing id was reported when the entry was read
        }
        if (!ID_RULE.matcher(id).matches() || Catalog.looksLikeCatalogId(id)) {
            findings.error("invalid-id", where, "The id '" + id + "' of this " + kind.label() + " is not valid: an id"
                    + " starts with a letter, has only letters, digits, '.', '_' and '-', and must not look like a"
                    + " catalog id such as A.6.2.4 or 5.2. Set a valid one with 'id: " + suggestion(id, kind) + "'"
                    + (kind.idFromFileName() ? " (without 'id:', the id is the file name)" : "") + ".");
            return false;
        }
        if (kind.hasOwnPage() && id.equalsIgnoreCase("index")) {
            // its page would be the register of its section (documents/index.html) and replace it
            findings.error("invalid-id", where, "The id '" + id + "' of this " + kind.label() + " is not valid: its"
                    + " page would be " + kind.href(id) + ", the page of the register itself. Set another one with"
                    + " 'id: " + free(kind.word() + "-" + id) + "'"
                    + (kind.idFromFileName() ? " (without 'id:', the id is the file name)" : "") + ".");
            return false;
        }
        Target existing = targets.get(id);
        if (existing != null) {
            String first = existing.definedAt() == null ? "the ISO/IEC 42001 catalog"
                    : existing.definedAt().toString();
            findings.error("duplicate-id", where, "The id '" + id + "' of this " + kind.label()
                    + " is already used by " + Linker.article(existing.kind().label()) + " (" + first
                    + "). Ids must be unique across all documents, systems, risks, evidence records, roles,"
                    + " objectives, audits, nonconformities and management reviews.");
            return false;
        }
        targets.put(id, new Target(id, kind, title, kind.href(id), where));
        return true;
    }

    /** A valid id close to the invalid one that no other entry has. */
    private String suggestion(String id, EntityKind kind) {
        String cleaned = id.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[^A-Za-z]+", "");
        String prefix = kind.suggestedPrefix();
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
