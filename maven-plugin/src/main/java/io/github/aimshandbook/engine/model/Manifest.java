package io.github.aimshandbook.engine.model;

import java.util.List;

/** {@code aims.yaml}: the organization, the scope, the roles and the handbook's own metadata. */
public record Manifest(
        String organization,
        String title,
        String version,
        String classification,
        Ref owner,
        Approval approved,
        List<String> aiRoles,
        Text scope,
        List<Role> roles,
        RiskMatrix riskMatrix,
        Location location) {

    public Manifest {
        aiRoles = List.copyOf(aiRoles);
        roles = List.copyOf(roles);
    }
}
