package io.github.aimshandbook.engine.link;

import io.github.aimshandbook.engine.model.Area;
import io.github.aimshandbook.engine.model.Catalog;
import io.github.aimshandbook.engine.model.Control;
import java.util.List;
import java.util.Optional;

/**
 * What an id that is not a control but looks like one means, for the message of an unresolved reference: an Annex A
 * area or objective (A.6, A.6.2), which holds controls but is not one, or an Annex B id (B.9.3), the standard's
 * implementation guidance for the Annex A control of the same number. A "did you mean" list of near spellings would
 * only guess where the standard itself gives the answer. Stateless.
 */
final class CatalogHint {

    private CatalogHint() {
    }

    /** The sentence that explains {@code id} and names what to write instead, or empty for any other id. */
    static Optional<String> of(String id, Catalog catalog) {
        Optional<Area> group = group(id, catalog);
        if (group.isPresent()) {
            return Optional.of(" " + id + " is " + describe(group.get(), catalog) + ", not a control: an area or"
                    + " objective cannot be referenced. Name its controls instead: " + controlsOf(id, catalog) + ".");
        }
        if (id.length() > 2 && (id.startsWith("B.") || id.startsWith("b."))) {
            String annexA = "A." + id.substring(2);
            Optional<Control> control = catalog.control(annexA);
            if (control.isPresent()) {
                return Optional.of(" " + id + " is Annex B's implementation guidance for control " + annexA + " "
                        + control.get().title() + "; Annex B is not a list of controls. Did you mean " + annexA
                        + "?");
            }
            Optional<Area> area = group(annexA, catalog);
            if (area.isPresent()) {
                return Optional.of(" " + id + " is Annex B's implementation guidance for " + describe(area.get(),
                        catalog) + "; Annex B is not a list of controls. Name the controls of " + annexA
                        + " instead: " + controlsOf(annexA, catalog) + ".");
            }
        }
        return Optional.empty();
    }

    private static Optional<Area> group(String id, Catalog catalog) {
        return catalog.groups().stream().filter(g -> g.id().equals(id)).findFirst();
    }

    private static String describe(Area group, Catalog catalog) {
        boolean area = catalog.area(group.id()).isPresent();
        return (area ? "the Annex A area '" : "the Annex A objective '") + group.title() + "'";
    }

    private static String controlsOf(String groupId, Catalog catalog) {
        List<String> ids = catalog.controls().stream().filter(c -> c.id().startsWith(groupId + "."))
                .map(Control::id).toList();
        return String.join(", ", ids);
    }
}
