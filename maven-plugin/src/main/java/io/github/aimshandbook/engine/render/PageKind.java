package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.check.Assessment;
import io.github.aimshandbook.engine.link.EntityKind;
import io.github.aimshandbook.engine.link.Handbook;
import io.github.aimshandbook.engine.model.Document;
import io.github.aimshandbook.engine.model.Entity;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One kind of page of the handbook: a section of the sidebar with its register page ({@code path}, made by
 * {@code template} from the typed view that {@code view} makes), and, where the section lists entities, its
 * {@link Items}. {@link PageKinds} holds them all.
 */
record PageKind(String key, String label, String path, String template, String title, SectionView view,
        Items<?> items) {

    PageKind {
        Objects.requireNonNull(key);
        Objects.requireNonNull(path);
        Objects.requireNonNull(template);
        Objects.requireNonNull(view);
    }

    /** A section that is one page. */
    static PageKind page(String key, String label, String path, String template, String title, SectionView view) {
        return new PageKind(key, label, path, template, title, view, null);
    }

    /** The same section, listing these items: each on a page of its own or at an anchor of the section's page. */
    PageKind listing(Items<?> list) {
        return new PageKind(key, label, path, template, title, view, list);
    }

    /** Makes the typed view of a section's page, which the section's chapter of the PDF reads as well. */
    @FunctionalInterface
    interface SectionView {
        Record make(ViewSources sources);
    }

    /**
     * The entities of a section: which ones ({@code all}, in the order the section lists them), their ids (whose
     * {@link EntityKind#href(String) URL} is their page), the title of their page, the template and typed view of
     * their own page ({@code template} null when they are anchors on the section's page), and their search entry.
     */
    record Items<T>(EntityKind kind, Lister<T> all, Function<T, String> id, Function<T, String> title,
            String template, ViewFactory<T> view, Predicate<T> late, Search<T> search) {

        Items {
            if ((template == null) == kind.hasOwnPage()) {
                throw new IllegalArgumentException(kind + (template == null ? " has pages of its own but no template"
                        : " is an anchor on its section's page and cannot have a template"));
            }
        }

        /** The entries of the kind that own their id, at anchors of their section's page, such as clauses and roles. */
        static <T extends Entity> Items<T> anchors(EntityKind kind, Class<T> type, Function<T, String> title,
                Search<T> search) {
            return new Items<>(kind, entries(kind, type), Entity::id, title, null, null, t -> false, search);
        }

        /** The entries of the kind that own their id, each on a page made by {@code template} from its view. */
        static <T extends Entity> Items<T> pages(EntityKind kind, Class<T> type, Function<T, String> title,
                String template, ViewFactory<T> view, Search<T> search) {
            return new Items<>(kind, entries(kind, type), Entity::id, title, template, view, t -> false, search);
        }

        /** Items with a page each that are not entries of the content, such as the controls with their status. */
        static <T> Items<T> pages(EntityKind kind, Lister<T> all, Function<T, String> id, Function<T, String> title,
                String template, ViewFactory<T> view, Search<T> search) {
            return new Items<>(kind, all, id, title, template, view, t -> false, search);
        }

        /** The same items, whose pages wait for something slow (an AsciiDoc body) and are rendered last. */
        Items<T> lateWhen(Predicate<T> slow) {
            return new Items<>(kind, all, id, title, template, view, slow, search);
        }

        /** The same items, listed in this order rather than in the order they were read. */
        Items<T> sorted(Comparator<? super T> order) {
            Lister<T> unsorted = all;
            return new Items<>(kind, (h, a) -> unsorted.list(h, a).stream().sorted(order).toList(), id, title,
                    template, view, late, search);
        }

        /** The items of one handbook, in the order their section lists them. */
        List<T> of(ViewSources sources) {
            return sources.of(this);
        }

        String href(T item) {
            return kind.href(id.apply(item));
        }

        private static <T extends Entity> Lister<T> entries(EntityKind kind, Class<T> type) {
            return (handbook, assessment) -> handbook.index().entries(kind, type);
        }
    }

    /** Lists the items of a kind in one handbook. */
    @FunctionalInterface
    interface Lister<T> {
        List<T> list(Handbook handbook, Assessment assessment);
    }

    /**
     * Makes the typed view of an item's own page: what its template shows of the item, worked out from
     * {@code sources}; {@code bodies} gives a document's body as seen from that page.
     */
    @FunctionalInterface
    interface ViewFactory<T> {
        Record view(T item, ViewSources sources, Bodies bodies, String pagePath);
    }

    /** The rendered, link-resolved body of a document, for the page at {@code pagePath}. */
    @FunctionalInterface
    interface Bodies {
        String of(Document document, String pagePath);
    }

    /** The search entry of an item: its excerpt and the text whose words it is found by. */
    @FunctionalInterface
    interface Search<T> {
        SearchText of(T item, Function<String, String> bodiesById);
    }

    record SearchText(String excerpt, String text) {
    }
}
