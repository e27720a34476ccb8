package io.github.aimshandbook.engine.importer;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code aims.yaml} an import writes: the organization's name from the documents (else a TODO), the roles that
 * own the documents (with the person holding one where the text names them in brackets), the AIMS's owner (the role owning the most documents), and a scope that points at the scope
 * document when there is one. Immutable.
 */
record ManifestText(String organization, String organizationFrom, Optional<ImportedDocument> scope,
        Map<String, String> roles, Map<String, String> holders, Map<String, List<String>> roleUse, String owner) {

    static final String NO_ORGANIZATION = "TODO: the organization's name (no document states it)";

    ManifestText {
        roles = Map.copyOf(roles);
        holders = Map.copyOf(holders);
        roleUse = Map.copyOf(roleUse);
    }

    String yaml() {
        StringBuilder y = new StringBuilder();
        y.append("# The manifest of the AIMS, written by aims:import. IMPORT-REPORT.md says what it inferred; replace\n")
                .append("# each TODO (grep -rn TODO .) and check the roles: each was made from an owner named in a\n")
                .append("# document.\n\n");
        y.append("organization: ").append(YamlText.quote(organization == null ? NO_ORGANIZATION : organization))
                .append('\n');
        y.append("title: AI Management System Handbook\n");
        y.append("version: \"0.1\"\n");
        if (owner != null) {
            y.append("owner: ").append(owner).append("   # the role that owns the most imported documents\n");
        }
        y.append("# TODO: the roles you hold towards AI systems: provider, producer, user, customer, partner.\n");
        y.append("aiRoles: [user]\n");
        y.append("scope: ").append(YamlText.block(scope.map(d -> "The scope of the AIMS is set out in [[" + d.id()
                + "]].").orElse("**TODO: write the scope statement of the AIMS** (clause 4.3): the parts of the"
                + " organization, the sites,\nthe products and the AI systems it covers, and what it leaves out and"
                + " why. No imported document\nhas 'scope' in its title."), 2));
        if (!roles.isEmpty()) {
            y.append("\nroles:\n");
            roles.keySet().stream().sorted().forEach(id -> {
                List<String> uses = roleUse.getOrDefault(id, List.of()).stream().distinct().toList();
                y.append("  - id: ").append(id).append('\n');
                y.append("    title: ").append(YamlText.quote(roles.get(id))).append('\n');
                if (holders.containsKey(id)) {
                    y.append("    holder: ").append(YamlText.quote(holders.get(id))).append('\n');
                }
                y.append("    responsibilities: ").append(YamlText.block("TODO: describe this role's"
                        + " responsibilities (clause 5.3). The imported documents name it as the owner or approver"
                        + " of: " + String.join(", ", uses.stream().map(u -> u.equals("soa.yaml")
                        ? "controls in the SoA" : "[[" + u + "]]").toList()) + ".", 6));
            });
        }
        return y.toString();
    }
}
