package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.link.EntityKind;
import io.github.aimshandbook.engine.link.Handbook;
import io.github.aimshandbook.engine.link.Target;
import io.github.aimshandbook.engine.model.Entity;
import io.github.aimshandbook.engine.model.Owned;
import io.github.aimshandbook.engine.model.Role;
import java.util.ArrayList;
import java.util.List;

/** The roles page ({@code roles.ftlh}): each role with the controls and the entries it owns. */
public record RolesView(List<Entry> roles) {

    /** A role, the controls the SoA gives it, and what it owns, grouped in the order kinds are listed. */
    public record Entry(Role role, List<String> controls, List<Target> owned) {
    }

    static RolesView of(ViewSources r) {
        Handbook handbook = r.handbook();
        List<Role> roles = r.of(PageKinds.ROLES);
        return new RolesView(roles.stream().map(role -> new Entry(role, controlsOwnedBy(handbook, role.id()),
                ownedBy(handbook, role.id()))).toList());
    }

    private static List<Target> ownedBy(Handbook handbook, String roleId) {
        List<Target> owned = new ArrayList<>();
        for (EntityKind kind : EntityKind.values()) {
            if (!PageKinds.lists(kind)) {
                continue; // a link must never lead to a page that is not written
            }
            for (Entity e : handbook.index().entries(kind, Entity.class)) {
                if (e instanceof Owned o && o.owner() != null && o.owner().id().equals(roleId)) {
                    owned.add(handbook.index().get(e.id()));
                }
            }
        }
        return owned;
    }

    private static List<String> controlsOwnedBy(Handbook handbook, String roleId) {
        return handbook.content().soa().entries().stream()
                .filter(e -> e.owner() != null && e.owner().id().equals(roleId)).map(e -> e.controlId())
                .filter(id -> handbook.catalog().control(id).isPresent()).toList();
    }
}
