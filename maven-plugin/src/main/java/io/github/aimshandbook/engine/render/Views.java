package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.check.Assessment;
import io.github.aimshandbook.engine.check.ControlStatus;
import io.github.aimshandbook.engine.check.Overdue;
import io.github.aimshandbook.engine.link.EntityKind;
import io.github.aimshandbook.engine.link.Handbook;
import io.github.aimshandbook.engine.link.Target;
import io.github.aimshandbook.engine.model.AiSystem;
import io.github.aimshandbook.engine.model.Area;
import io.github.aimshandbook.engine.model.Clause;
import io.github.aimshandbook.engine.model.Document;
import io.github.aimshandbook.engine.model.EvidenceRecord;
import io.github.aimshandbook.engine.model.Finding;
import io.github.aimshandbook.engine.model.Ref;
import io.github.aimshandbook.engine.model.Review;
import io.github.aimshandbook.engine.model.Risk;
import io.github.aimshandbook.engine.model.RiskMatrix;
import io.github.aimshandbook.engine.model.Role;
import io.github.aimshandbook.engine.model.Severity;
import io.github.aimshandbook.engine.model.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The questions page templates ask of the handbook, answered in Java so that templates only lay out. Immutable and
 * thread-safe, apart from the Markdown it renders on request, which is stateless.
 */
public final class Views {

    private final Handbook handbook;
    private final Assessment assessment;
    private final List<Finding> findings;
    private final MarkdownRenderer markdown;

    private final HtmlSanitizer sanitizer;
    private final List<Document> documents;
    private final List<AiSystem> systems;
    private final List<Risk> risks;
    private final List<EvidenceRecord> evidence;
    private final List<Role> roles;
    private final java.util.Map<String, Document> documentsById;
    private final java.util.Map<String, EvidenceRecord> evidenceById;

    Views(Handbook handbook, Assessment assessment, List<Finding> findings, MarkdownRenderer markdown,
            HtmlSanitizer sanitizer) {
        this.sanitizer = sanitizer;
        this.handbook = handbook;
        this.assessment = assessment;
        this.findings = List.copyOf(findings);
        this.markdown = markdown;
        var index = handbook.index();
        // the registers are asked for on every page, so they are worked out once
        this.documents = index.entries(EntityKind.DOCUMENT, Document.class);
        this.systems = index.entries(EntityKind.SYSTEM, AiSystem.class);
        this.risks = index.entries(EntityKind.RISK, Risk.class).stream()
                .sorted(Comparator.comparingInt(Risk::score).reversed().thenComparing(Risk::id)).toList();
        this.evidence = index.entries(EntityKind.EVIDENCE, EvidenceRecord.class).stream()
                .sorted(Comparator.comparing(EvidenceRecord::id)).toList();
        this.roles = index.entries(EntityKind.ROLE, Role.class);
        this.documentsById = new java.util.HashMap<>();
        documents.forEach(d -> documentsById.putIfAbsent(d.id(), d));
        this.evidenceById = new java.util.HashMap<>();
        evidence.forEach(e -> evidenceById.putIfAbsent(e.id(), e));
    }

    public Handbook getHandbook() {
        return handbook;
    }

    public Assessment getAssessment() {
        return assessment;
    }

    public List<Finding> getFindings() {
        return findings;
    }

    public List<Finding> findingsOf(String severity) {
        return findings.stream().filter(f -> f.severity().label().equals(severity)).toList();
    }

    public long count(String severity) {
        return findings.stream().filter(f -> f.severity() == Severity.valueOf(severity.toUpperCase(
                java.util.Locale.ROOT))).count();
    }

    /** Markdown written inside YAML, rendered with its links pointed from {@code page}. */
    public String markdown(Text text, PageContext page) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String file = text.location().file();
        LinkTargets targets = page.isPrint() ? LinkTargets.print(handbook, file, "text")
                : LinkTargets.web(handbook, file, page.getPath());
        return sanitizer.clean(markdown.toHtml(text.markdown(), targets), !page.isPrint());
    }

    // --- controls

    public List<ControlStatus> controls() {
        return List.copyOf(assessment.controls().values());
    }

    public ControlStatus control(String id) {
        return assessment.control(id);
    }

    public List<Area> areas() {
        return handbook.catalog().areas();
    }

    public List<ControlStatus> controlsIn(String areaId) {
        return controls().stream().filter(c -> c.control().area().equals(areaId)).toList();
    }

    public String areaTitle(String areaId) {
        return handbook.catalog().groups().stream().filter(a -> a.id().equals(areaId)).map(Area::title)
                .findFirst().orElse(areaId);
    }

    /** Percentage (0 to 100) of the applicable controls of an area in a readiness state. */
    public int areaPercent(String areaId, String state) {
        List<ControlStatus> applicable = controlsIn(areaId).stream().filter(ControlStatus::applicable).toList();
        if (applicable.isEmpty()) {
            return 0;
        }
        long n = applicable.stream().filter(c -> switch (state) {
            case "documented" -> c.documented();
            case "evidenced" -> c.evidenced();
            case "current" -> c.current();
            default -> !c.trace().evidence().isEmpty();
        }).count();
        return (int) Math.round(100.0 * n / applicable.size());
    }

    public int applicableIn(String areaId) {
        return (int) controlsIn(areaId).stream().filter(ControlStatus::applicable).count();
    }

    /** The controls whose evidence includes the id (a document or an evidence record). */
    public List<String> controlsEvidencedBy(String id) {
        return controls().stream().filter(c -> c.trace().evidence().contains(id)).map(c -> c.control().id())
                .toList();
    }

    /**
     * The controls a document or record stands behind, whether its own {@code controls:} names them or the SoA cites
     * it, counted or not, in catalog order: a document cited only from soa.yaml still shows its controls.
     */
    public List<String> controlsOf(String id) {
        return controls().stream().filter(c -> c.trace().evidence().contains(id) || c.trace().notCounted().contains(id))
                .map(c -> c.control().id()).toList();
    }

    /** The table of contents of a rendered document body, empty for a short document. */
    public List<DocumentContents.Entry> contents(String html) {
        return DocumentContents.of(html);
    }

    // --- clauses

    public List<Clause> clauses() {
        return handbook.index().entries(EntityKind.CLAUSE, Clause.class);
    }

    public List<Document> documentsForClause(String clauseId) {
        return documents().stream().filter(d -> names(d.clauses(), clauseId)).toList();
    }

    // --- entities

    public List<Document> documents() {
        return documents;
    }

    public List<Document> documentsOfType(String type) {
        return documents().stream().filter(d -> d.type().equals(type)).toList();
    }

    public Document document(String id) {
        return documentsById.get(id);
    }

    public List<AiSystem> systems() {
        return systems;
    }

    public List<Risk> risks() {
        return risks;
    }

    public List<EvidenceRecord> evidence() {
        return evidence;
    }

    public EvidenceRecord evidenceRecord(String id) {
        return evidenceById.get(id);
    }

    public List<Role> roles() {
        return roles;
    }

    public List<Document> documentsFor(String systemId, String type) {
        return documents().stream().filter(d -> d.type().equals(type) && names(d.systems(), systemId)).toList();
    }

    public List<Risk> risksOf(String systemId) {
        return risks().stream().filter(r -> names(r.systems(), systemId)).toList();
    }

    /** A control's status as the SoA shows it: missing, not applicable, inherited, or the decision's status. */
    public String statusOf(ControlStatus c) {
        if (c.decision() == null) {
            return "missing";
        }
        if (!c.decision().applicable()) {
            return "not-applicable";
        }
        if (c.decision().inherited() != null) {
            return "inherited";
        }
        return c.decision().status() == null ? "" : c.decision().status();
    }

    /**
     * The distinct values of a register's column, for its filter: lists are flattened, references become their ids,
     * blanks and nulls are dropped; sorted as people read ids (clause 4.1 before 10.2, A.2.2 before A.10.4).
     */
    public List<String> distinct(List<?> values) {
        java.util.SortedSet<String> out = new java.util.TreeSet<>(io.github.aimshandbook.engine.IdOrder.NATURAL);
        collect(values, out);
        return List.copyOf(out);
    }

    private static void collect(Object value, java.util.Set<String> out) {
        if (value instanceof java.util.Collection<?> list) {
            list.forEach(v -> collect(v, out));
        } else if (value instanceof io.github.aimshandbook.engine.model.Ref ref) {
            out.add(ref.id());
        } else if (value != null && !value.toString().isBlank()) {
            out.add(value.toString());
        }
    }

    /** Ids that refer to {@code id}, in the order people read ids: the "referenced by" list of a page. */
    public List<String> referencedBy(String id) {
        // only ids the handbook has a page or an anchor for: a link must never lead to a page that is not written
        return handbook.referencesTo(id).stream()
                .filter(from -> handbook.index().find(from).map(t -> PageKinds.lists(t.kind())).orElse(false))
                .sorted(io.github.aimshandbook.engine.IdOrder.NATURAL).toList();
    }

    /** References as written in a list ({@code clauses:}, {@code controls:}), in the order people read ids. */
    public List<Ref> inOrder(List<Ref> refs) {
        return refs.stream().sorted(Comparator.comparing(Ref::id, io.github.aimshandbook.engine.IdOrder.NATURAL))
                .toList();
    }

    /** What a role owns or approved, as targets, grouped in the order kinds are listed. */
    public List<Target> ownedBy(String roleId) {
        List<Target> owned = new ArrayList<>();
        var c = handbook.content();
        c.documents().stream().filter(d -> is(d.owner(), roleId)).forEach(d -> add(owned, d.id()));
        c.systems().stream().filter(s -> is(s.owner(), roleId)).forEach(s -> add(owned, s.id()));
        c.risks().stream().filter(r -> is(r.owner(), roleId)).forEach(r -> add(owned, r.id()));
        c.evidence().stream().filter(e -> is(e.owner(), roleId)).forEach(e -> add(owned, e.id()));
        return owned;
    }

    public List<String> controlsOwnedBy(String roleId) {
        return handbook.content().soa().entries().stream().filter(e -> is(e.owner(), roleId))
                .map(e -> e.controlId()).filter(id -> handbook.catalog().control(id).isPresent()).toList();
    }

    // --- reviews

    public boolean overdue(String id) {
        return assessment.overdueIds().contains(id);
    }

    public List<Overdue> overdueItems() {
        return assessment.overdue();
    }

    public String due(Review review) {
        if (review == null) {
            return "";
        }
        Optional<LocalDate> due = review.due();
        return due.map(LocalDate::toString).orElse(review.every() != null ? "no start date" : "");
    }

    public String period(Review review) {
        if (review == null || review.every() == null) {
            return "";
        }
        var p = review.every();
        if (p.getDays() == 0) {
            int months = p.getYears() * 12 + p.getMonths();
            if (months % 12 == 0) {
                return months == 12 ? "every year" : "every " + months / 12 + " years";
            }
            return months == 1 ? "every month" : "every " + months + " months";
        }
        return p.toString();
    }

    // --- risks

    public RiskMatrix matrix() {
        return handbook.content().manifest().riskMatrix();
    }

    public String level(int score) {
        return matrix().level(score);
    }

    /** Risks whose (inherent or residual) likelihood and impact put them in one heat-map cell. */
    public List<Risk> cell(int likelihood, int impact, boolean residual) {
        return risks().stream().filter(r -> residual
                ? r.hasResidual() && r.residualLikelihood() == likelihood && r.residualImpact() == impact
                : r.likelihood() == likelihood && r.impact() == impact).sorted(Comparator.comparing(Risk::id))
                .toList();
    }

    /** Numbers from {@code n} down to 1, for the rows of the heat map. */
    public List<Integer> descending(int n) {
        List<Integer> values = new ArrayList<>();
        for (int i = n; i >= 1; i--) {
            values.add(i);
        }
        return values;
    }

    public List<Integer> ascending(int n) {
        List<Integer> values = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            values.add(i);
        }
        return values;
    }

    public String objectiveName(String key) {
        return handbook.catalog().objectives().stream().filter(o -> o.key().equals(key)).map(o -> o.name())
                .findFirst().orElse(key);
    }

    private void add(List<Target> list, String id) {
        handbook.index().find(id).ifPresent(list::add);
    }

    private static boolean is(Ref ref, String id) {
        return ref != null && ref.id().equals(id);
    }

    private static boolean names(List<Ref> refs, String id) {
        return refs.stream().anyMatch(r -> r.id().equals(id));
    }
}
