package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.model.AiSystem;
import java.util.List;

/**
 * The AI system register ({@code systems.ftlh}) and the PDF's chapter of systems: the systems, and each with what
 * its own page shows (impact assessments, model cards, risks, evidence).
 */
public record SystemsView(List<AiSystem> systems, List<SystemView> rows) {

    static SystemsView of(ViewSources r) {
        List<AiSystem> systems = r.of(PageKinds.SYSTEMS);
        return new SystemsView(systems, systems.stream().map(s -> SystemView.of(s, r)).toList());
    }
}
