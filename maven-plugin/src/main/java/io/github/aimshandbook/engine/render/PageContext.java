package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.link.Anchors;
import io.github.aimshandbook.engine.link.Handbook;
import io.github.aimshandbook.engine.link.Paths;
import io.github.aimshandbook.engine.link.Target;

/**
 * What a template knows about the page it renders: its path, the way back to the root, its title and the navigation
 * section it belongs to, and how to link any id from here. Immutable.
 */
public final class PageContext {

    private final String path;
    private final String title;
    private final String section;
    private final Handbook handbook;
    private final boolean print;
    private final SitePlan.Neighbours neighbours;

    PageContext(String path, String title, String section, Handbook handbook, SitePlan.Neighbours neighbours) {
        this(path, title, section, handbook, false, neighbours);
    }

    private PageContext(String path, String title, String section, Handbook handbook, boolean print,
            SitePlan.Neighbours neighbours) {
        this.path = path;
        this.title = title;
        this.section = section;
        this.handbook = handbook;
        this.print = print;
        this.neighbours = neighbours;
    }

    /** The context of the single print document, where every link is an anchor inside it. */
    static PageContext print(String title, Handbook handbook) {
        return new PageContext("handbook.pdf", title, "print", handbook, true, SitePlan.Neighbours.NONE);
    }

    /** The way up from this page: the dashboard, the section's register, this page. */
    public java.util.List<SitePlan.Link> getCrumbs() {
        return neighbours.crumbs();
    }

    /** The page before this one in reading order, or null. */
    public SitePlan.Link getPrevious() {
        return neighbours.previous();
    }

    /** The page after this one in reading order, or null. */
    public SitePlan.Link getNext() {
        return neighbours.next();
    }

    public boolean isPrint() {
        return print;
    }

    /**
     * The element id that holds an id's item: on its section's page ({@code role-ceo}, {@code clause-4.1}) and, in
     * the print document, also the place of its page ({@code controls-A.2.2}). Taken from the id's URL, so that
     * links and targets always agree.
     */
    public String anchorOf(String id) {
        return handbook.index().find(id).map(t -> Anchors.of(t.href())).orElse(id);
    }

    /** The id that a page's content carries in the print document. */
    public String anchor(String handbookPath) {
        return Anchors.of(handbookPath);
    }

    public String getPath() {
        return path;
    }

    public String getTitle() {
        return title;
    }

    public String getSection() {
        return section;
    }

    /** "" on a top-level page, "../" one folder down. */
    public String getRoot() {
        return Paths.toRoot(path);
    }

    /** A handbook path (e.g. {@code soa.html}) as seen from this page. */
    public String to(String handbookPath) {
        if (print && handbookPath.endsWith(".html")) {
            return "#" + Anchors.of(handbookPath);
        }
        return getRoot() + handbookPath;
    }

    public boolean exists(String id) {
        return handbook.index().find(id).isPresent();
    }

    /** The link to an id's page from this page; "#" when the id resolves to nothing (already reported). */
    public String href(String id) {
        return handbook.index().find(id).map(t -> print ? "#" + Anchors.of(t.href()) : getRoot() + t.href())
                .orElse("#");
    }

    public String titleOf(String id) {
        return handbook.index().find(id).map(Target::title).orElse(id);
    }

    /** The kind of the id in lower case words ("AI system", "evidence record"), or "" when unknown. */
    public String kindOf(String id) {
        return handbook.index().find(id).map(t -> t.kind().label()).orElse("");
    }
}
