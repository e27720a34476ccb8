package io.github.aimshandbook.engine.render;

import static io.github.aimshandbook.engine.render.SearchIndex.nz;
import static io.github.aimshandbook.engine.render.SearchIndex.plain;
import static io.github.aimshandbook.engine.render.SearchIndex.values;

import io.github.aimshandbook.engine.check.ControlStatus;
import io.github.aimshandbook.engine.link.Anchors;
import io.github.aimshandbook.engine.link.EntityKind;
import io.github.aimshandbook.engine.model.AiSystem;
import io.github.aimshandbook.engine.model.Clause;
import io.github.aimshandbook.engine.model.Document;
import io.github.aimshandbook.engine.model.EvidenceRecord;
import io.github.aimshandbook.engine.model.Risk;
import io.github.aimshandbook.engine.model.Role;
import io.github.aimshandbook.engine.render.PageKind.Items;
import io.github.aimshandbook.engine.render.PageKind.SearchText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jsoup.Jsoup;

/**
 * The registry of page kinds: every section of the handbook in reading order, its register page with the factory of
 * its typed view, and the pages or anchors of its items, each with its template, typed view and search entry; and
 * the chapters of the PDF, each reading the view of its section. The sidebar, the web pages with their
 * previous/next order, the page tree script, the search index and the PDF's contents and outline are all made from
 * these two lists, the entries of each register are those its {@link EntityKind} names, and the URL of every id
 * comes from its {@link EntityKind}. Adding a register is one constant there, one entry here, one view record and
 * one template.
 */
final class PageKinds {

    static final Items<Role> ROLES = Items.anchors(EntityKind.ROLE, Role.class, Role::title, (r, bodies) -> {
        String text = plain(r.responsibilities().markdown());
        return new SearchText(text, nz(r.holder()) + " " + text);
    });

    static final Items<Document> DOCUMENTS = Items.pages(EntityKind.DOCUMENT, Document.class, Document::title,
            "document.ftlh", (d, sources, bodies, path) -> DocumentView.of(d, bodies.of(d, path), sources),
            (d, bodies) -> {
                String html = bodies.apply(d.id());
                String text = html == null ? "" : Jsoup.parseBodyFragment(html).text();
                return new SearchText(text, nz(d.type()) + " " + text);
            }).lateWhen(DocumentBodies::isAsciidoc);

    static final Items<ControlStatus> CONTROLS = Items.pages(EntityKind.CONTROL,
            (handbook, assessment) -> List.copyOf(assessment.controls().values()), c -> c.control().id(),
            c -> c.control().id() + " " + c.control().title(), "control.ftlh",
            (c, sources, bodies, path) -> ControlView.of(c, sources),
            (c, bodies) -> new SearchText(c.control().summary(), c.control().summary() + " " + decisionText(c)));

    static final Items<Clause> CLAUSES = Items.anchors(EntityKind.CLAUSE, Clause.class, Clause::title,
            (c, bodies) -> new SearchText(c.summary(), c.summary()));

    static final Items<AiSystem> SYSTEMS = Items.pages(EntityKind.SYSTEM, AiSystem.class, AiSystem::name,
            "system.ftlh", (s, sources, bodies, path) -> SystemView.of(s, sources),
            (s, bodies) -> new SearchText(nz(s.purpose()), String.join(" ", nz(s.purpose()), nz(s.humanOversight()),
                    String.join(" ", s.aiRoles()), nz(s.lifecycle()), nz(s.riskClass()), values(s.dataInputs()),
                    values(s.models()), values(s.dataOutputs()))));

    static final Items<Risk> RISKS = Items.pages(EntityKind.RISK, Risk.class, r -> r.id() + " " + r.title(),
            "risk.ftlh", (r, sources, bodies, path) -> new RiskView(r, sources.scale()), (r, bodies) -> {
                String description = plain(r.description().markdown());
                return new SearchText(description, nz(r.category()) + " " + description);
            }).sorted(Comparator.comparingInt(Risk::score).reversed().thenComparing(Risk::id));

    static final Items<EvidenceRecord> EVIDENCE = Items.pages(EntityKind.EVIDENCE, EvidenceRecord.class,
            e -> e.id() + " " + e.title(), "evidence.ftlh", (e, sources, bodies, path) -> new EvidenceView(e,
                    sources.references().controlsEvidencedBy(e.id())),
            (e, bodies) -> new SearchText(nz(e.kind()), nz(e.kind()))).sorted(Comparator.comparing(EvidenceRecord::id));

    /** The sections in the sidebar's order; the pages of the web handbook in reading order. */
    static final List<PageKind> ALL = List.of(
            PageKind.page("index", "Dashboard", "index.html", "index.ftlh", "Dashboard", DashboardView::of),
            PageKind.page("scope", "Scope and context", "scope.html", "scope.ftlh", "Scope and context",
                    ScopeView::of),
            PageKind.page("roles", "Roles", "roles.html", "roles.ftlh", "Roles and responsibilities", RolesView::of)
                    .listing(ROLES),
            PageKind.page("documents", "Documents", "documents/index.html", "documents.ftlh",
                    "Documented information", DocumentsView::of).listing(DOCUMENTS),
            PageKind.page("soa", "Statement of Applicability", "soa.html", "soa.ftlh", "Statement of Applicability",
                    SoaView::of).listing(CONTROLS),
            PageKind.page("clauses", "Clauses 4–10", "clauses.html", "clauses.ftlh", "Clauses 4 to 10",
                    ClausesView::of).listing(CLAUSES),
            PageKind.page("traceability", "Traceability", "traceability.html", "traceability.ftlh",
                    "Traceability matrix", TraceabilityView::of),
            PageKind.page("systems", "AI systems", "systems/index.html", "systems.ftlh", "AI system register",
                    SystemsView::of).listing(SYSTEMS),
            PageKind.page("risks", "Risks", "risks/index.html", "risks.ftlh", "Risk register", RisksView::of)
                    .listing(RISKS),
            PageKind.page("evidence", "Evidence", "evidence/index.html", "evidence-register.ftlh",
                    "Evidence register", EvidenceRegisterView::of).listing(EVIDENCE));

    /** Whether a page kind lists the ids of {@code kind}, so that their links lead to a page of the handbook. */
    static boolean lists(EntityKind kind) {
        return ALL.stream().anyMatch(k -> k.items() != null && k.items().kind() == kind);
    }

    /**
     * The numbered chapters of the PDF in the order an auditor reads, each with the section whose view it lays out,
     * the items it prints (its entries in the contents page and the outline) and the macro of {@code print.ftlh}
     * that lays it out ({@code chapter_MACRO}).
     */
    static final List<ChapterKind<?>> CHAPTERS = List.of(
            ChapterKind.text("scope", "Scope and context", "scope", "scope"),
            ChapterKind.of("roles", "Leadership and roles", "roles", "roles", ROLES, r -> r.of(ROLES)),
            ChapterKind.of("policies", "Policies", "documents", "documents", DOCUMENTS, documentsOfType("policy")),
            ChapterKind.of("procedures", "Procedures", "documents", "documents", DOCUMENTS,
                    documentsOfType("procedure")),
            ChapterKind.text("soa", "Statement of Applicability", "soa", "soa"),
            ChapterKind.of("controls", "Annex A controls", "controls", "soa", CONTROLS, r -> r.of(CONTROLS)),
            ChapterKind.text("traceability", "Traceability matrix", "traceability", "traceability"),
            ChapterKind.of("systems", "AI systems", "systems", "systems", SYSTEMS, r -> r.of(SYSTEMS)),
            ChapterKind.of("risks", "Risk register", "risks", "risks", RISKS, r -> r.of(RISKS)),
            ChapterKind.of("records", "Records", "documents", "documents", DOCUMENTS, documentsOfType("record")),
            ChapterKind.of("other-documents", "Other documents", "documents", "documents", DOCUMENTS,
                    documentsOfType("other")),
            ChapterKind.of("evidence", "Evidence register", "evidence", "evidence", EVIDENCE, r -> r.of(EVIDENCE)),
            ChapterKind.text("clauses", "Clauses 4 to 10", "clauses", "clauses"),
            ChapterKind.text("findings", "Findings of the checks", "findings", "index"));

    /** Chapters left out, and not numbered, when they have nothing to print: most handbooks have no other documents. */
    private static final java.util.Set<String> ONLY_WHEN_FILLED = java.util.Set.of("other-documents");

    private PageKinds() {
    }

    /**
     * A chapter of the PDF: its anchor, title, the print macro that lays it out, the section ({@code page}, a key of
     * {@link #ALL}) whose view it reads, and which items of a page kind it prints ({@code items} null for a chapter
     * of one text, without entries).
     */
    record ChapterKind<T>(String id, String title, String macro, String page, Items<T> items,
            Function<ViewSources, List<T>> which) {

        static <T> ChapterKind<T> of(String id, String title, String macro, String page, Items<T> items,
                Function<ViewSources, List<T>> which) {
            return new ChapterKind<>(id, title, macro, page, items, which);
        }

        static ChapterKind<Void> text(String id, String title, String macro, String page) {
            return new ChapterKind<>(id, title, macro, page, null, r -> List.of());
        }

        Chapter chapter(int number, ViewSources sources, Map<String, Record> views) {
            List<T> printed = which.apply(sources);
            List<Chapter.Entry> entries = printed.stream()
                    .map(t -> new Chapter.Entry(Anchors.of(items.href(t)), items.title().apply(t))).toList();
            return new Chapter(id, number, title, macro, List.copyOf(printed), entries, views.get(page));
        }
    }

    /** The typed view of every section's page, by the section's key. */
    static Map<String, Record> views(ViewSources sources) {
        Map<String, Record> views = new LinkedHashMap<>();
        ALL.forEach(k -> views.put(k.key(), k.view().make(sources)));
        return views;
    }

    /** The chapters of the PDF of one handbook, numbered from 1, with their entries and their sections' views. */
    static List<Chapter> chapters(ViewSources sources, Map<String, Record> views) {
        List<Chapter> chapters = new ArrayList<>();
        for (ChapterKind<?> k : CHAPTERS) {
            Chapter chapter = k.chapter(chapters.size() + 1, sources, views);
            if (!chapter.items().isEmpty() || !ONLY_WHEN_FILLED.contains(k.id())) {
                chapters.add(chapter);
            }
        }
        return List.copyOf(chapters);
    }

    private static Function<ViewSources, List<Document>> documentsOfType(String type) {
        return r -> r.of(DOCUMENTS).stream().filter(d -> d.type().equals(type)).toList();
    }

    private static String decisionText(ControlStatus c) {
        return c.decision() == null ? "" : plain(c.decision().justification()) + " "
                + plain(c.decision().implementation().markdown()) + " " + nz(c.decision().inherited());
    }
}
