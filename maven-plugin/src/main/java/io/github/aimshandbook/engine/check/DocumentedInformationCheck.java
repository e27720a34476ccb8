package io.github.aimshandbook.engine.check;

import io.github.aimshandbook.engine.link.Handbook;
import io.github.aimshandbook.engine.model.Clause;
import io.github.aimshandbook.engine.model.Document;
import io.github.aimshandbook.engine.model.Findings;
import io.github.aimshandbook.engine.model.Location;
import io.github.aimshandbook.engine.model.Ref;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The documented information the clauses ask for: each such clause must be answered by a document that names it (or
 * a clause above or below it) in its {@code clauses:}, unless the handbook answers it by its very structure or a
 * register of the content answers it: the scope statement (4.3), the risk register (8.2, 8.3), the objectives (6.2,
 * with results for 9.1), the internal audits done (9.2.2), the management reviews held (9.3.3) and the
 * nonconformities (10.2).
 */
final class DocumentedInformationCheck implements Check {

    /** The handbook itself is the AIMS description (4.4); what else to document is the organization's call (7.5.1). */
    private static final Set<String> ANSWERED_BY_THE_HANDBOOK = Set.of("4.4", "7.5.1");

    @Override
    public void run(Handbook handbook, LocalDate today, Findings findings) {
        var content = handbook.content();
        List<Document> live = content.documents().stream().filter(d -> !"retired".equals(d.status())).toList();
        for (Clause clause : handbook.catalog().clauses()) {
            if (clause.documentedInformation().isEmpty() || ANSWERED_BY_THE_HANDBOOK.contains(clause.id())) {
                continue;
            }
            boolean answered = switch (clause.id()) {
                case "4.3" -> !content.manifest().scope().isBlank();
                case "8.2", "8.3" -> !content.risks().isEmpty();
                case "8.4" -> live.stream().anyMatch(d -> "impact-assessment".equals(d.type()));
                // the registers of the audit cycle are this documented information (contract 1.1)
                case "6.2" -> !handbook.objectives().isEmpty();
                case "9.1" -> handbook.objectives().stream().anyMatch(o -> !o.results().isEmpty());
                case "9.2.2" -> handbook.audits().stream().anyMatch(a -> a.isDone() && a.date() != null
                        && !a.date().isAfter(today));
                case "9.3.3" -> handbook.reviews().stream().anyMatch(r -> r.date() != null && !r.date().isAfter(today));
                case "10.2" -> !handbook.nonconformities().isEmpty();
                default -> false;
            } || live.stream().anyMatch(d -> d.clauses().stream().map(Ref::id).anyMatch(c -> related(c, clause.id())));
            if (!answered) {
                findings.warning("missing-documented-information", Location.of("aims.yaml"), "No document answers"
                        + " clause " + clause.id() + " " + clause.title() + ", which asks for: "
                        + String.join("; ", clause.documentedInformation()) + ". Name the clause in the 'clauses:' of"
                        + " the document that covers it, or write one.");
            }
        }
    }

    private static boolean related(String named, String clause) {
        return named.equals(clause) || clause.startsWith(named + ".") || named.startsWith(clause + ".");
    }
}
