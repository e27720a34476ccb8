package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.check.ControlStatus;
import io.github.aimshandbook.engine.model.Soa;
import java.util.List;

/**
 * The Statement of Applicability ({@code soa.ftlh}) and the PDF's SoA and controls chapters: the SoA's header, every
 * control with its status, and the controls grouped by Annex A area.
 */
public record SoaView(Soa soa, List<ControlStatus> controls, List<AreaControls> areas) {

    /** The controls of one Annex A area, in catalog order. */
    public record AreaControls(String id, String title, String objective, List<ControlStatus> controls) {
    }

    static SoaView of(ViewSources r) {
        List<ControlStatus> controls = r.of(PageKinds.CONTROLS);
        return new SoaView(r.handbook().content().soa(), controls, r.handbook().catalog().areas().stream()
                .map(a -> new AreaControls(a.id(), a.title(), a.objective(),
                        controls.stream().filter(c -> c.control().area().equals(a.id())).toList()))
                .toList());
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
}
