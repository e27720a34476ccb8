package io.github.aimshandbook.engine.link;

import io.github.aimshandbook.engine.model.Catalog;
import io.github.aimshandbook.engine.model.Content;
import io.github.aimshandbook.engine.model.Entity;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * What an id names, which entries of the catalog or the content carry ids of this kind, and where an id leads in
 * the handbook: its own page, or an anchor on its section's page. This is the one place that decides the URL of an
 * id and which entries the index holds; the index, the pages, the sidebar, the search index and the PDF's anchors
 * all take it from here (render's {@code PageKinds} lists the pages that these URLs name).
 *
 * <p>The order of the constants is the order in which the index takes ids: when two entries have the same id, the
 * one of the earlier kind keeps it and the later one is reported.
 */
public enum EntityKind {
    CONTROL("Annex A control", "controls/", ".html",
            Entries.ofCatalog(Catalog::controls, c -> c.id() + " " + c.title())),
    CLAUSE("clause", "clauses.html#clause-", "",
            Entries.ofCatalog(Catalog::clauses, c -> "Clause " + c.id() + " " + c.title())),
    ROLE("role", "roles.html#role-", "", Entries.ofContent(c -> c.manifest().roles(), "role-")),
    DOCUMENT("document", "documents/", ".html", Entries.ofContent(Content::documents, "document-").namedByFile()),
    SYSTEM("AI system", "systems/", ".html", Entries.ofContent(Content::systems, "system-").namedByFile()),
    RISK("risk", "risks/", ".html", Entries.ofContent(Content::risks, "R-")),
    EVIDENCE("evidence record", "evidence/", ".html", Entries.ofContent(Content::evidence, "EV-")),
    OBJECTIVE("objective", "objectives.html#objective-", "", Entries.ofContent(Content::objectives, "OBJ-")),
    AUDIT("internal audit", "audits/", ".html", Entries.ofContent(Content::audits, "IA-")),
    NONCONFORMITY("nonconformity", "nonconformities/", ".html", Entries.ofContent(Content::nonconformities, "NC-")),
    MANAGEMENT_REVIEW("management review", "management-reviews/", ".html",
            Entries.ofContent(Content::reviews, "MR-"));

    private final String label;
    private final String prefix;
    private final String suffix;
    private final Entries entries;

    EntityKind(String label, String prefix, String suffix, Entries entries) {
        this.label = label;
        this.prefix = prefix;
        this.suffix = suffix;
        this.entries = entries;
    }

    public String label() {
        return label;
    }

    /** The address of an id of this kind, relative to the handbook's root. */
    public String href(String id) {
        return prefix + id + suffix;
    }

    /** Whether an id of this kind has a page of its own, rather than an anchor on its section's page. */
    public boolean hasOwnPage() {
        return !prefix.contains("#");
    }

    /** The element id that holds an item on its section's page ({@code clause-4.1}); only for anchored kinds. */
    public String anchor(String id) {
        return Anchors.of(href(id));
    }

    /** The entries of this kind, in the order they were read (catalog order for the catalog's kinds). */
    List<? extends Entity> entriesOf(Catalog catalog, Content content) {
        return entries.catalog() ? entries.list().apply(catalog, null) : entries.list().apply(null, content);
    }

    /** Whether the standard defines the ids of this kind, so that the content cannot get them wrong. */
    boolean fromCatalog() {
        return entries.catalog();
    }

    /** The title a link to the entry shows. */
    String titleOf(Entity entry) {
        return entries.title().apply(entry);
    }

    /** How a suggested id of this kind starts, when the written one cannot be used ({@code R-} for a risk). */
    String suggestedPrefix() {
        return entries.suggestedPrefix();
    }

    /** Whether an entry of this kind without {@code id:} takes the name of its file as its id. */
    boolean idFromFileName() {
        return entries.idFromFileName();
    }

    /** The lower-case name of the kind, as suggested ids of a clash with a reserved name start ({@code risk-}). */
    String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Which entries carry the ids of a kind: a list of the catalog or of the content, the title of each entry's
     * links, how a suggested id starts, and whether the id defaults to the file name.
     */
    private record Entries(Source list, Function<Entity, String> title, String suggestedPrefix, boolean catalog,
            boolean idFromFileName) {

        static <T extends Entity> Entries ofCatalog(Function<Catalog, List<T>> list, Function<T, String> title) {
            return new Entries((catalog, content) -> list.apply(catalog), e -> title.apply(cast(e)), null, true,
                    false);
        }

        static Entries ofContent(Function<Content, List<? extends Entity>> list, String suggestedPrefix) {
            return new Entries((catalog, content) -> list.apply(content), Entity::title, suggestedPrefix, false,
                    false);
        }

        Entries namedByFile() {
            return new Entries(list, title, suggestedPrefix, catalog, true);
        }

        @SuppressWarnings("unchecked") // only ever applied to the entries its own list gave
        private static <T> T cast(Entity e) {
            return (T) e;
        }
    }

    @FunctionalInterface
    private interface Source {
        List<? extends Entity> apply(Catalog catalog, Content content);
    }
}
