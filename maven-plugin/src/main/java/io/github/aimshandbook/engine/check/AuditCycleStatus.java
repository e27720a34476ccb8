package io.github.aimshandbook.engine.check;

import io.github.aimshandbook.engine.link.Handbook;
import io.github.aimshandbook.engine.model.Action;
import io.github.aimshandbook.engine.model.Audit;
import io.github.aimshandbook.engine.model.Clause;
import io.github.aimshandbook.engine.model.Control;
import io.github.aimshandbook.engine.model.ManagementReview;
import io.github.aimshandbook.engine.model.Nonconformity;
import io.github.aimshandbook.engine.model.Ref;
import io.github.aimshandbook.engine.model.SoaEntry;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Where the audit cycle stands on the run's date: the programme's coverage of every clause (4 to 10 and their
 * subclauses, catalog order) and every applicable control, what no audit covered within the {@code auditCycle}
 * ({@code unaudited}: whole clauses where nothing of them was covered, else the subclauses), the next planned audit
 * and the last management review held, the open nonconformities by kind and by control, and the overdue actions.
 */
public record AuditCycleStatus(
        Period auditCycle,
        Period reviewCycle,
        boolean hasProgramme,
        Map<String, Coverage> clauses,
        Map<String, Coverage> controls,
        List<String> unaudited,
        Audit nextAudit,
        ManagementReview lastReview,
        Map<String, List<String>> openNonconformitiesByKind,
        Map<String, List<String>> openNonconformitiesByControl,
        List<String> openMajorControls,
        List<OverdueAction> overdueActions) {

    public AuditCycleStatus {
        clauses = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(clauses));
        controls = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(controls));
        unaudited = List.copyOf(unaudited);
        openNonconformitiesByKind = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(
                openNonconformitiesByKind));
        openNonconformitiesByControl = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(
                openNonconformitiesByControl));
        openMajorControls = List.copyOf(openMajorControls);
        overdueActions = List.copyOf(overdueActions);
    }

    public Optional<Audit> next() {
        return Optional.ofNullable(nextAudit);
    }

    public Optional<ManagementReview> last() {
        return Optional.ofNullable(lastReview);
    }

    /** When the next management review is due: the last one's date plus the review cycle. */
    public Optional<LocalDate> nextReviewDue() {
        return last().map(r -> r.date().plus(reviewCycle));
    }

    /** The open nonconformities that name a control, in register order; empty for none. */
    public List<String> openNonconformities(String controlId) {
        return openNonconformitiesByControl.getOrDefault(controlId, List.of());
    }

    /** The coverage of a clause or control, if it is one the programme must cover. */
    public Optional<Coverage> coverage(String id) {
        return Optional.ofNullable(clauses.get(id)).or(() -> Optional.ofNullable(controls.get(id)));
    }

    /** Works the status out from the linked content, as of {@code today}. */
    public static AuditCycleStatus of(Handbook handbook, LocalDate today) {
        var content = handbook.content();
        Period cycle = content.manifest().auditCycle();
        LocalDate cycleStart = today.minus(cycle);
        List<Audit> done = handbook.audits().stream()
                .filter(a -> a.isDone() && a.date() != null && !a.date().isAfter(today))
                .sorted(Comparator.comparing(Audit::date).thenComparing(Audit::id)).toList();

        Map<String, Coverage> clauses = new LinkedHashMap<>();
        List<Clause> catalogClauses = handbook.catalog().clauses();
        // deepest first, so that a clause's subclauses are known when it is worked out
        List<Clause> deepestFirst = new ArrayList<>(catalogClauses);
        deepestFirst.sort(Comparator.comparingInt(Clause::depth).reversed());
        Map<String, Coverage> byId = new LinkedHashMap<>();
        for (Clause c : deepestFirst) {
            List<Coverage> children = catalogClauses.stream().filter(x -> c.id().equals(x.parent()))
                    .map(x -> byId.get(x.id())).toList();
            byId.put(c.id(), clauseCoverage(c.id(), done, children, cycleStart));
        }
        catalogClauses.forEach(c -> clauses.put(c.id(), byId.get(c.id())));

        Map<String, Coverage> controls = new LinkedHashMap<>();
        for (Control c : handbook.catalog().controls()) {
            if (applicable(handbook, c.id())) {
                controls.put(c.id(), coverage(c.id(), done.stream().filter(a -> a.scope().coversControl(c.id()))
                        .toList(), cycleStart));
            }
        }

        List<String> unaudited = new ArrayList<>();
        catalogClauses.stream().filter(c -> c.parent() == null)
                .forEach(c -> collectUnaudited(c, catalogClauses, clauses, unaudited));
        controls.values().stream().filter(c -> !c.inCycle()).map(Coverage::id).forEach(unaudited::add);

        Audit next = handbook.audits().stream().filter(a -> a.isPlanned() && a.date() != null
                && !a.date().isBefore(today)).min(Comparator.comparing(Audit::date).thenComparing(Audit::id))
                .orElse(null);
        ManagementReview last = handbook.reviews().stream().filter(r -> r.date() != null && !r.date().isAfter(today))
                .max(Comparator.comparing(ManagementReview::date).thenComparing(ManagementReview::id)).orElse(null);

        Map<String, List<String>> byKind = new LinkedHashMap<>();
        Map<String, List<String>> byControl = new LinkedHashMap<>();
        TreeSet<String> majorControls = new TreeSet<>();
        for (Nonconformity nc : handbook.nonconformities()) {
            if (!nc.isOpen()) {
                continue;
            }
            byKind.computeIfAbsent(nc.kind() == null ? "unknown" : nc.kind(), k -> new ArrayList<>()).add(nc.id());
            for (Ref control : nc.controls()) {
                List<String> ids = byControl.computeIfAbsent(control.id(), k -> new ArrayList<>());
                if (!ids.contains(nc.id())) {
                    ids.add(nc.id());
                }
                if (nc.isOpenMajor()) {
                    majorControls.add(control.id());
                }
            }
        }
        Map<String, List<String>> kindsInOrder = new LinkedHashMap<>();
        Nonconformity.KINDS.forEach(k -> kindsInOrder.put(k, byKind.getOrDefault(k, List.of())));
        if (byKind.containsKey("unknown")) {
            kindsInOrder.put("unknown", byKind.get("unknown"));
        }

        List<OverdueAction> overdue = new ArrayList<>();
        for (Nonconformity nc : handbook.nonconformities()) {
            overdueOf(nc.actions(), nc.id(), "nonconformity", today, overdue);
        }
        for (ManagementReview r : handbook.reviews()) {
            overdueOf(r.actions(), r.id(), "management review", today, overdue);
        }
        return new AuditCycleStatus(cycle, content.manifest().reviewCycle(), !handbook.audits().isEmpty(), clauses,
                controls, unaudited, next, last, kindsInOrder, byControl, List.copyOf(majorControls), overdue);
    }

    private static void overdueOf(List<Action> actions, String parentId, String kind, LocalDate today,
            List<OverdueAction> into) {
        actions.stream().filter(a -> a.isOverdue(today)).forEach(a -> into.add(new OverdueAction(a, parentId, kind)));
    }

    private static boolean applicable(Handbook handbook, String controlId) {
        return handbook.content().soa().entries().stream().filter(e -> e.controlId().equals(controlId))
                .findFirst().map(SoaEntry::applicable).orElse(true);
    }

    private static Coverage clauseCoverage(String id, List<Audit> done, List<Coverage> children,
            LocalDate cycleStart) {
        Coverage direct = coverage(id, done.stream().filter(a -> a.scope().coversClause(id)).toList(), cycleStart);
        if (children.isEmpty() || direct.inCycle()) {
            return direct;
        }
        boolean allInCycle = children.stream().allMatch(Coverage::inCycle);
        if (!allInCycle) {
            return direct;
        }
        TreeSet<String> audits = new TreeSet<>(direct.audits());
        children.forEach(c -> audits.addAll(c.audits()));
        List<String> inDateOrder = done.stream().map(Audit::id).filter(audits::contains).toList();
        LocalDate last = children.stream().map(Coverage::lastAudited).min(Comparator.naturalOrder()).orElseThrow();
        return new Coverage(id, inDateOrder, last, true);
    }

    private static Coverage coverage(String id, List<Audit> covering, LocalDate cycleStart) {
        LocalDate last = covering.isEmpty() ? null : covering.get(covering.size() - 1).date();
        return new Coverage(id, covering.stream().map(Audit::id).toList(), last,
                last != null && last.isAfter(cycleStart));
    }

    /** Lists a clause when nothing of it was covered, else looks at its subclauses. */
    private static void collectUnaudited(Clause clause, List<Clause> all, Map<String, Coverage> coverage,
            List<String> into) {
        if (coverage.get(clause.id()).inCycle()) {
            return;
        }
        List<Clause> children = all.stream().filter(c -> clause.id().equals(c.parent())).toList();
        if (children.isEmpty() || noneCovered(clause, all, coverage)) {
            into.add(clause.id());
            return;
        }
        children.forEach(c -> collectUnaudited(c, all, coverage, into));
    }

    private static boolean noneCovered(Clause clause, List<Clause> all, Map<String, Coverage> coverage) {
        return all.stream().filter(c -> c.id().startsWith(clause.id() + "."))
                .noneMatch(c -> coverage.get(c.id()).inCycle());
    }
}
