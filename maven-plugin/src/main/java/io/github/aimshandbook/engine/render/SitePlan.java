package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.model.AiSystem;
import io.github.aimshandbook.engine.model.Document;
import io.github.aimshandbook.engine.model.EvidenceRecord;
import io.github.aimshandbook.engine.model.Risk;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pages of the HTML handbook in reading order: the order of the sidebar's sections, each section's register
 * followed by its pages. "Previous" and "next" walk this order, so a reader can go through the handbook as through
 * the PDF.
 */
public final class SitePlan {

    /** One page: where it goes, the template that makes it, its title, its section, and its template's values. */
    record Page(String path, String template, String title, String section, Map<String, Object> extra) {
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

    SitePlan(Views views, List<SiteInfo.Section> sectionList) {
        sectionList.forEach(s -> sections.put(s.key(), s));
        List<Page> all = new ArrayList<>();
        for (SiteInfo.Section s : sectionList) {
            switch (s.key()) {
                case "index" -> all.add(page("index.html", "index.ftlh", "Dashboard", s, Map.of()));
                case "scope" -> all.add(page("scope.html", "scope.ftlh", "Scope and context", s, Map.of()));
                case "roles" -> all.add(page("roles.html", "roles.ftlh", "Roles and responsibilities", s, Map.of()));
                case "documents" -> {
                    all.add(page("documents/index.html", "documents.ftlh", "Documented information", s, Map.of()));
                    for (Document d : views.documents()) {
                        all.add(page("documents/" + d.id() + ".html", "document.ftlh", d.title(), s,
                                Map.of("document", d)));
                    }
                }
                case "soa" -> {
                    all.add(page("soa.html", "soa.ftlh", "Statement of Applicability", s, Map.of()));
                    for (var c : views.controls()) {
                        all.add(page("controls/" + c.control().id() + ".html", "control.ftlh",
                                c.control().id() + " " + c.control().title(), s, Map.of("c", c)));
                    }
                }
                case "clauses" -> all.add(page("clauses.html", "clauses.ftlh", "Clauses 4 to 10", s, Map.of()));
                case "traceability" -> all.add(page("traceability.html", "traceability.ftlh", "Traceability matrix",
                        s, Map.of()));
                case "systems" -> {
                    all.add(page("systems/index.html", "systems.ftlh", "AI system register", s, Map.of()));
                    for (AiSystem sys : views.systems()) {
                        all.add(page("systems/" + sys.id() + ".html", "system.ftlh", sys.name(), s,
                                Map.of("system", sys)));
                    }
                }
                case "risks" -> {
                    all.add(page("risks/index.html", "risks.ftlh", "Risk register", s, Map.of()));
                    for (Risk r : views.risks()) {
                        all.add(page("risks/" + r.id() + ".html", "risk.ftlh", r.id() + " " + r.title(), s,
                                Map.of("risk", r)));
                    }
                }
                case "evidence" -> {
                    all.add(page("evidence/index.html", "evidence-register.ftlh", "Evidence register", s, Map.of()));
                    for (EvidenceRecord e : views.evidence()) {
                        all.add(page("evidence/" + e.id() + ".html", "evidence.ftlh", e.id() + " " + e.title(), s,
                                Map.of("record", e)));
                    }
                }
                default -> throw new IllegalArgumentException("No pages are planned for the section " + s.key());
            }
        }
        this.pages = List.copyOf(all);
        for (int i = 0; i < pages.size(); i++) {
            positions.put(pages.get(i).path(), i);
        }
    }

    private static Page page(String path, String template, String title, SiteInfo.Section section,
            Map<String, Object> extra) {
        return new Page(path, template, title, section.key(), extra);
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
