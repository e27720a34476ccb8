package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.link.EntityKind;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One kind of page of the handbook: a section of the sidebar with its register page ({@code path}, made by
 * {@code template}), and, where the section lists entities, its {@link Items}. {@link PageKinds} holds them all.
 */
record PageKind(String key, String label, String path, String template, String title, Items<?> items) {

    PageKind {
        Objects.requireNonNull(key);
        Objects.requireNonNull(path);
        Objects.requireNonNull(template);
    }

    /** A section that is one page. */
    static PageKind page(String key, String label, String path, String template, String title) {
        return new PageKind(key, label, path, template, title, null);
    }

    /** The same section, listing these items: each on a page of its own or at an anchor of the section's page. */
    PageKind listing(Items<?> list) {
        return new PageKind(key, label, path, template, title, list);
    }

    /**
     * The entities of a section: which ones ({@code all}, in the order the section lists them), their ids (whose
     * {@link EntityKind#href(String) URL} is their page), the title of their page, the template and typed view of
     * their own page ({@code template} null when they are anchors on the section's page), and their search entry.
     */
    record Items<T>(EntityKind kind, Function<Views, List<T>> all, Function<T, String> id, Function<T, String> title,
            String template, ViewFactory<T> view, Predicate<T> late, Search<T> search) {

        Items {
            if ((template == null) == kind.hasOwnPage()) {
                throw new IllegalArgumentException(kind + (template == null ? " has pages of its own but no template"
                        : " is an anchor on its section's page and cannot have a template"));
            }
        }

        /** Items at anchors of their section's page, such as clauses and roles. */
        static <T> Items<T> anchors(EntityKind kind, Function<Views, List<T>> all, Function<T, String> id,
                Function<T, String> title, Search<T> search) {
            return new Items<>(kind, all, id, title, null, null, t -> false, search);
        }

        /** Items with a page each, made by {@code template} from the view that {@code view} makes. */
        static <T> Items<T> pages(EntityKind kind, Function<Views, List<T>> all, Function<T, String> id,
                Function<T, String> title, String template, ViewFactory<T> view, Search<T> search) {
            return new Items<>(kind, all, id, title, template, view, t -> false, search);
        }

        /** The same items, whose pages wait for something slow (an AsciiDoc body) and are rendered last. */
        Items<T> lateWhen(Predicate<T> slow) {
            return new Items<>(kind, all, id, title, template, view, slow, search);
        }

        String href(T item) {
            return kind.href(id.apply(item));
        }
    }

    /**
     * Makes the typed view of an item's own page: what its template shows of the item, worked out from {@code views};
     * {@code bodies} gives a document's body as seen from that page.
     */
    @FunctionalInterface
    interface ViewFactory<T> {
        Record view(T item, Views views, Bodies bodies, String pagePath);
    }

    /** The rendered, link-resolved body of a document, for the page at {@code pagePath}. */
    @FunctionalInterface
    interface Bodies {
        String of(io.github.aimshandbook.engine.model.Document document, String pagePath);
    }

    /** The search entry of an item: its excerpt and the text whose words it is found by. */
    @FunctionalInterface
    interface Search<T> {
        SearchText of(T item, Function<String, String> bodiesById);
    }

    record SearchText(String excerpt, String text) {
    }
}
