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
import java.util.List;
import java.util.function.Function;
import org.jsoup.Jsoup;

/**
 * The registry of page kinds: every section of the handbook in reading order, its register page, and the pages or
 * anchors of its items, each with its template, typed view and search entry; and the chapters of the PDF. The
 * sidebar, the web pages with their previous/next order, the page tree script, the search index and the PDF's
 * contents and outline are all made from these two lists, and the URL of every id comes from its
 * {@link EntityKind}. Adding a register is one entry here, one view record and one template.
 */
final class PageKinds {

    private static final Items<Role> ROLES = Items.anchors(EntityKind.ROLE, Views::roles, Role::id, Role::title,
            (r, bodies) -> {
                String text = plain(r.responsibilities().markdown());
                return new SearchText(text, nz(r.holder()) + " " + text);
            });

    private static final Items<Document> DOCUMENTS = Items.pages(EntityKind.DOCUMENT, Views::documents,
            Document::id, Document::title, "document.ftlh",
            (d, views, bodies, path) -> new DocumentView(d, bodies.of(d, path)), (d, bodies) -> {
                String html = bodies.apply(d.id());
                String text = html == null ? "" : Jsoup.parseBodyFragment(html).text();
                return new SearchText(text, nz(d.type()) + " " + text);
            }).lateWhen(DocumentBodies::isAsciidoc);

    private static final Items<ControlStatus> CONTROLS = Items.pages(EntityKind.CONTROL, Views::controls,
            c -> c.control().id(), c -> c.control().id() + " " + c.control().title(), "control.ftlh",
            (c, views, bodies, path) -> new ControlView(c),
            (c, bodies) -> new SearchText(c.control().summary(), c.control().summary() + " " + decisionText(c)));

    private static final Items<Clause> CLAUSES = Items.anchors(EntityKind.CLAUSE, Views::clauses, Clause::id,
            Clause::title, (c, bodies) -> new SearchText(c.summary(), c.summary()));

    private static final Items<AiSystem> SYSTEMS = Items.pages(EntityKind.SYSTEM, Views::systems, AiSystem::id,
            AiSystem::name, "system.ftlh", (s, views, bodies, path) -> SystemView.of(s, views),
            (s, bodies) -> new SearchText(nz(s.purpose()), String.join(" ", nz(s.purpose()), nz(s.humanOversight()),
                    String.join(" ", s.aiRoles()), nz(s.lifecycle()), nz(s.riskClass()), values(s.dataInputs()),
                    values(s.models()), values(s.dataOutputs()))));

    private static final Items<Risk> RISKS = Items.pages(EntityKind.RISK, Views::risks, Risk::id,
            r -> r.id() + " " + r.title(), "risk.ftlh", (r, views, bodies, path) -> new RiskView(r), (r, bodies) -> {
                String description = plain(r.description().markdown());
                return new SearchText(description, nz(r.category()) + " " + description);
            });

    private static final Items<EvidenceRecord> EVIDENCE = Items.pages(EntityKind.EVIDENCE, Views::evidence,
            EvidenceRecord::id, e -> e.id() + " " + e.title(), "evidence.ftlh", (e, views, bodies, path) -> new EvidenceView(e,
                    views.controlsEvidencedBy(e.id())),
            (e, bodies) -> new SearchText(nz(e.kind()), nz(e.kind())));

    /** The sections in the sidebar's order; the pages of the web handbook in reading order. */
    static final List<PageKind> ALL = List.of(
            PageKind.page("index", "Dashboard", "index.html", "index.ftlh", "Dashboard"),
            PageKind.page("scope", "Scope and context", "scope.html", "scope.ftlh", "Scope and context"),
            PageKind.page("roles", "Roles", "roles.html", "roles.ftlh", "Roles and responsibilities").listing(ROLES),
            PageKind.page("documents", "Documents", "documents/index.html", "documents.ftlh",
                    "Documented information").listing(DOCUMENTS),
            PageKind.page("soa", "Statement of Applicability", "soa.html", "soa.ftlh", "Statement of Applicability")
                    .listing(CONTROLS),
            PageKind.page("clauses", "Clauses 4–10", "clauses.html", "clauses.ftlh", "Clauses 4 to 10")
                    .listing(CLAUSES),
            PageKind.page("traceability", "Traceability", "traceability.html", "traceability.ftlh",
                    "Traceability matrix"),
            PageKind.page("systems", "AI systems", "systems/index.html", "systems.ftlh", "AI system register")
                    .listing(SYSTEMS),
            PageKind.page("risks", "Risks", "risks/index.html", "risks.ftlh", "Risk register").listing(RISKS),
            PageKind.page("evidence", "Evidence", "evidence/index.html", "evidence-register.ftlh",
                    "Evidence register").listing(EVIDENCE));

    /** Whether a page kind lists the ids of {@code kind}, so that their links lead to a page of the handbook. */
    static boolean lists(EntityKind kind) {
        return ALL.stream().anyMatch(k -> k.items() != null && k.items().kind() == kind);
    }

    /**
     * The numbered chapters of the PDF in the order an auditor reads, each with the items it prints (its entries in
     * the contents page and the outline) and the macro of {@code print.ftlh} that lays it out ({@code chapter_MACRO}).
     */
    static final List<ChapterKind<?>> CHAPTERS = List.of(
            ChapterKind.text("scope", "Scope and context", "scope"),
            ChapterKind.of("roles", "Leadership and roles", "roles", ROLES, Views::roles),
            ChapterKind.of("policies", "Policies", "documents", DOCUMENTS, documentsOfType("policy")),
            ChapterKind.of("procedures", "Procedures", "documents", DOCUMENTS, documentsOfType("procedure")),
            ChapterKind.text("soa", "Statement of Applicability", "soa"),
            ChapterKind.of("controls", "Annex A controls", "controls", CONTROLS, Views::controls),
            ChapterKind.text("traceability", "Traceability matrix", "traceability"),
            ChapterKind.of("systems", "AI systems", "systems", SYSTEMS, Views::systems),
            ChapterKind.of("risks", "Risk register", "risks", RISKS, Views::risks),
            ChapterKind.of("records", "Records", "documents", DOCUMENTS, documentsOfType("record")),
            ChapterKind.of("other-documents", "Other documents", "documents", DOCUMENTS, documentsOfType("other")),
            ChapterKind.of("evidence", "Evidence register", "evidence", EVIDENCE, Views::evidence),
            ChapterKind.text("clauses", "Clauses 4 to 10", "clauses"),
            ChapterKind.text("findings", "Findings of the checks", "findings"));

    /** Chapters left out, and not numbered, when they have nothing to print: most handbooks have no other documents. */
    private static final java.util.Set<String> ONLY_WHEN_FILLED = java.util.Set.of("other-documents");

    private PageKinds() {
    }

    /**
     * A chapter of the PDF: its anchor, title, the print macro that lays it out, and which items of a page kind it
     * prints ({@code items} null for a chapter of one text, without entries).
     */
    record ChapterKind<T>(String id, String title, String macro, Items<T> items, Function<Views, List<T>> which) {

        static <T> ChapterKind<T> of(String id, String title, String macro, Items<T> items,
                Function<Views, List<T>> which) {
            return new ChapterKind<>(id, title, macro, items, which);
        }

        static ChapterKind<Void> text(String id, String title, String macro) {
            return new ChapterKind<>(id, title, macro, null, v -> List.of());
        }

        Chapter chapter(int number, Views views) {
            List<T> printed = which.apply(views);
            List<Chapter.Entry> entries = printed.stream()
                    .map(t -> new Chapter.Entry(Anchors.of(items.href(t)), items.title().apply(t))).toList();
            return new Chapter(id, number, title, macro, List.copyOf(printed), entries);
        }
    }

    /** The chapters of the PDF of one handbook, numbered from 1, with their entries. */
    static List<Chapter> chapters(Views views) {
        List<Chapter> chapters = new ArrayList<>();
        for (ChapterKind<?> k : CHAPTERS) {
            Chapter chapter = k.chapter(chapters.size() + 1, views);
            if (!chapter.items().isEmpty() || !ONLY_WHEN_FILLED.contains(k.id())) {
                chapters.add(chapter);
            }
        }
        return List.copyOf(chapters);
    }

    private static Function<Views, List<Document>> documentsOfType(String... types) {
        return v -> {
            List<Document> out = new ArrayList<>();
            for (String type : types) {
                out.addAll(v.documentsOfType(type));
            }
            return out;
        };
    }

    private static String decisionText(ControlStatus c) {
        return c.decision() == null ? "" : plain(c.decision().justification()) + " "
                + plain(c.decision().implementation().markdown()) + " " + nz(c.decision().inherited());
    }
}
