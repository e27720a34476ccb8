package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.model.AiSystem;
import java.util.List;

/** The scope page ({@code scope.ftlh}) and the PDF's scope chapter: the AI systems in and out of scope. */
public record ScopeView(List<AiSystem> inScope, List<AiSystem> outOfScope) {

    static ScopeView of(ViewSources r) {
        List<AiSystem> systems = r.of(PageKinds.SYSTEMS);
        return new ScopeView(systems.stream().filter(AiSystem::inScope).toList(),
                systems.stream().filter(s -> !s.inScope()).toList());
    }
}
