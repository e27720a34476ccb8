package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.check.ControlStatus;
import io.github.aimshandbook.engine.model.Document;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The traceability matrix ({@code traceability.ftlh}) and its PDF chapter: each control with its evidence split into
 * the documents that describe it and the records that prove it.
 */
public record TraceabilityView(List<Row> controls) {

    /**
     * A control, the documents of its evidence that describe how it is done, and the rest of its evidence: record
     * documents and evidence records.
     */
    public record Row(ControlStatus c, List<String> documents, List<String> records) {
    }

    static TraceabilityView of(ViewSources r) {
        Set<String> describing = r.of(PageKinds.DOCUMENTS).stream().filter(d -> !d.isRecord()).map(Document::id)
                .collect(Collectors.toSet());
        List<ControlStatus> controls = r.of(PageKinds.CONTROLS);
        return new TraceabilityView(controls.stream().map(c -> new Row(c,
                c.trace().evidence().stream().filter(describing::contains).toList(),
                c.trace().evidence().stream().filter(id -> !describing.contains(id)).toList())).toList());
    }
}
