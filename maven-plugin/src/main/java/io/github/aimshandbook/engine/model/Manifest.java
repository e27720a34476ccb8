package io.github.aimshandbook.engine.model;

import java.time.Period;
import java.util.List;

/**
 * {@code aims.yaml}: the organization, the scope, the roles and the handbook's own metadata. {@code logo} (null when
 * none) is an image of the content shown in every page's header; {@code accentColor} ("" when none) is a hex colour
 * such as {@code #1f5f8b}. {@code auditCycle} is the time within which done internal audits must have covered every
 * clause and applicable control, {@code reviewCycle} the time within which a management review must have been held
 * (both {@link #DEFAULT_CYCLE} when not given).
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
        Period auditCycle,
        Period reviewCycle,
        Location location) {

    /** How often every clause and applicable control is to be audited, and the management review held. */
    public static final Period DEFAULT_CYCLE = Period.ofMonths(12);

    public Manifest {
        aiRoles = List.copyOf(aiRoles);
        roles = List.copyOf(roles);
    }
}
