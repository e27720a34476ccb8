package io.github.aimshandbook.engine.link;

import java.util.List;

/**
 * What stands behind one Annex A control by the format's rule: its evidence (documents and evidence records), the
 * systems and the risks that name it. Each list holds each id once, in code-point order.
 */
public record ControlTrace(String controlId, List<String> evidence, List<String> systems, List<String> risks) {

    public ControlTrace {
        evidence = List.copyOf(evidence);
        systems = List.copyOf(systems);
        risks = List.copyOf(risks);
    }
}
