package io.github.aimshandbook.engine.model;

import java.util.List;

/**
 * {@code aims.yaml}: the organization, the scope, the roles and the handbook's own metadata. {@code logo} (null when
 * none) is an image of the content shown in every page's header; {@code accentColor} ("" when none) is a hex colour
 * such as {@code #1f5f8b}.
 */
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
        Attachment logo,
        String accentColor,
        Location location) {

    public Manifest {
        aiRoles = List.copyOf(aiRoles);
        roles = List.copyOf(roles);
    }
}
