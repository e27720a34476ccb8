package io.github.aimshandbook.engine.link;

import java.util.List;

/**
 * What stands behind one Annex A control by the format's rule: its evidence (documents and evidence records that
 * count), the items that name it but are never evidence (draft, retired and {@code other} documents, contract 1.1),
 * the systems and the risks that name it. Each list holds each id once, in code-point order.
 */
public record ControlTrace(String controlId, List<String> evidence, List<String> notCounted, List<String> systems,
        List<String> risks) {

    public ControlTrace {
        evidence = List.copyOf(evidence);
        notCounted = List.copyOf(notCounted);
        systems = List.copyOf(systems);
        risks = List.copyOf(risks);
    }
}
