package io.github.aimshandbook.engine.check;

import io.github.aimshandbook.engine.link.Handbook;
import io.github.aimshandbook.engine.model.AiSystem;
import io.github.aimshandbook.engine.model.Document;
import io.github.aimshandbook.engine.model.Findings;
import java.time.LocalDate;

/** AI systems: impact assessments and model cards where the format asks for them, and a coherent scope. */
final class SystemCheck implements Check {

    @Override
    public void run(Handbook handbook, LocalDate today, Findings findings) {
        for (AiSystem s : handbook.content().systems()) {
            if ("retired".equals(s.lifecycle()) && s.inScope()) {
                findings.warning("retired-in-scope", s.at("lifecycle"), "System " + s.id() + " is retired but in scope."
                        + " Set 'inScope: false', or change its lifecycle.");
            }
            if (!s.inScope()) {
                continue;
            }
            if (documentsFor(handbook, s, "impact-assessment") == 0) {
                findings.warning("missing-impact-assessment",
                        s.keys().containsKey("inScope") ? s.at("inScope") : s.at("name"), "System " + s.id() + " is in scope but"
                        + " has no impact assessment. Write one in impact-assessments/ with 'systems: [" + s.id()
                        + "]'.");
            }
            if (s.needsModelCard() && documentsFor(handbook, s, "model-card") == 0) {
                findings.warning("missing-model-card", s.at("aiRoles"), "System " + s.id() + " is in scope and the"
                        + " organization is its " + String.join("/", s.aiRoles()) + ", so it needs a model card."
                        + " Write one in model-cards/ with 'systems: [" + s.id() + "]'.");
            }
        }
        for (Document d : handbook.content().documents()) {
            boolean perSystem = "model-card".equals(d.type()) || "impact-assessment".equals(d.type());
            if ("impact-assessment".equals(d.type()) && d.systems().size() > 1) {
                findings.warning("shared-impact-assessment", d.systems().get(1).location(), "Impact assessment "
                        + d.id() + " covers " + d.systems().size() + " systems. Assess each system in its own"
                        + " document, so that each assessment names exactly the system it assesses.");
            }
            if (perSystem && d.systems().isEmpty()) {
                findings.error("missing-field", d.location(), "This " + d.type().replace('-', ' ')
                        + " names no system. Add 'systems: [ID]' to its front matter with the system(s) it covers.");
            }
        }
    }

    private static long documentsFor(Handbook handbook, AiSystem system, String type) {
        return handbook.content().documents().stream()
                .filter(d -> type.equals(d.type()) && !"retired".equals(d.status()))
                .filter(d -> d.systems().stream().anyMatch(r -> r.id().equals(system.id())))
                .count();
    }
}
