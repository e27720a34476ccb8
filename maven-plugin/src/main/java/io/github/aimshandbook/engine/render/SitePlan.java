package io.github.aimshandbook.engine.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pages of the HTML handbook in reading order, as {@link PageKinds} lists them: the order of the sidebar's
 * sections, each section's register followed by its items' pages. "Previous" and "next" walk this order, so a reader
 * can go through the handbook as through the PDF.
 */
public final class SitePlan {

    /**
     * One page: where it goes, the template that makes it, its title and section, and how to make its typed view.
     * {@code late}: its view waits for something slow, so it is rendered last.
     */
    record Page(String path, String template, String title, String section, View view, boolean late) {
    }

    /** Makes the typed view of a page, given the bodies of the documents. */
    @FunctionalInterface
    interface View {
        Record make(PageKind.Bodies bodies);
    }

    /** A link to a page of the handbook, by its path from the handbook's root. */
    public record Link(String path, String title) {
    }

    /** What a page shows around its content: the way back up, and its neighbours in reading order (null at ends). */
    public record Neighbours(List<Link> crumbs, Link previous, Link next) {
        static final Neighbours NONE = new Neighbours(List.of(), null, null);
    }

    private final List<Page> pages;
    private final Map<String, Integer> positions = new HashMap<>();
    private final Map<String, SiteInfo.Section> sections = new HashMap<>();

    SitePlan(ViewSources sources, Map<String, Record> sectionViews, List<SiteInfo.Section> sectionList) {
        sectionList.forEach(s -> sections.put(s.key(), s));
        List<Page> all = new ArrayList<>();
        for (PageKind kind : PageKinds.ALL) {
            Record view = sectionViews.get(kind.key());
            all.add(new Page(kind.path(), kind.template(), kind.title(), kind.key(), bodies -> view, false));
            if (kind.items() != null && kind.items().template() != null) {
                addPages(all, kind.key(), kind.items(), sources);
            }
        }
        this.pages = List.copyOf(all);
        for (int i = 0; i < pages.size(); i++) {
            if (positions.put(pages.get(i).path(), i) != null) {
                throw new IllegalStateException("Two pages of the handbook have the path " + pages.get(i).path());
            }
        }
    }

    private static <T> void addPages(List<Page> all, String section, PageKind.Items<T> items, ViewSources sources) {
        for (T item : items.of(sources)) {
            String path = items.href(item);
            all.add(new Page(path, items.template(), items.title().apply(item), section,
                    bodies -> items.view().view(item, sources, bodies, path), items.late().test(item)));
        }
    }

    List<Page> pages() {
        return pages;
    }

    /** The breadcrumbs and neighbours of a planned page. */
    Neighbours around(Page page) {
        int at = positions.get(page.path());
        List<Link> crumbs = new ArrayList<>();
        SiteInfo.Section home = sections.get("index");
        if (home != null && !page.path().equals(home.href())) {
            crumbs.add(new Link(home.href(), home.label()));
        }
        SiteInfo.Section section = sections.get(page.section());
        if (section != null && !section.key().equals("index") && !page.path().equals(section.href())) {
            crumbs.add(new Link(section.href(), titleOf(section.href(), section.label())));
        }
        crumbs.add(new Link(page.path(), page.title()));
        return new Neighbours(List.copyOf(crumbs), at > 0 ? link(pages.get(at - 1)) : null,
                at + 1 < pages.size() ? link(pages.get(at + 1)) : null);
    }

    private String titleOf(String path, String fallback) {
        Integer at = positions.get(path);
        return at == null ? fallback : pages.get(at).title();
    }

    private static Link link(Page p) {
        return new Link(p.path(), p.title());
    }
}
