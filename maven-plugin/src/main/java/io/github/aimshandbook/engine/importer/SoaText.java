package io.github.aimshandbook.engine.importer;

import io.github.aimshandbook.engine.model.Catalog;
import io.github.aimshandbook.engine.model.Control;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The {@code soa.yaml} an import writes: every Annex A control, decided as the source's SoA table decides it, or,
 * for a control the table lacks (or without a table), applicable and not started with a justification that says it
 * is to be decided. A control the table marks not applicable without a reason gets a justification that says so,
 * since the content format requires one. {@code problems} are the things the report lists. Immutable once built.
 */
final class SoaText {

    private final String yaml;
    private final List<String> problems = new ArrayList<>();
    private final String source;
    private int fromTable;

    /** {@code table} and {@code source} are null when no document has an SoA table; {@code roles} maps owners. */
    SoaText(Catalog catalog, SoaTable.Read table, String source, Function<String, String> roles) {
        this.source = source;
        StringBuilder y = new StringBuilder();
        y.append("# Statement of Applicability, written by aims:import ").append(table == null
                ? "with every control to be decided:\n# no imported document has an SoA table.\n"
                : "from the table in " + source + ".\n").append("# IMPORT-REPORT.md lists what it could not read.\n\n");
        y.append("version: \"0.1\"\ncontrols:\n");
        if (table != null) {
            table.problems().forEach(p -> problems.add(source + ", " + p));
        }
        for (Control control : catalog.controls()) {
            String id = control.id();
            SoaTable.Row row = table == null ? null : table.rows().get(id);
            y.append("  ").append(id).append(":  # ").append(control.title()).append('\n');
            if (row == null) {
                y.append("    applicable: true\n    status: not-started\n");
                y.append("    justification: ").append(YamlText.quote("To be decided: " + (table == null
                        ? "imported without a Statement of Applicability." : "the SoA table in " + source
                        + " has no row for " + id + "."))).append('\n');
                if (table != null) {
                    problems.add(id + " has no row in the table: written as applicable, not started, to be decided.");
                }
                continue;
            }
            fromTable++;
            row.notes().forEach(n -> problems.add(id + " (" + source + ", line " + row.line() + "): " + n + "."));
            boolean applicable = !Boolean.FALSE.equals(row.applicable());
            y.append("    applicable: ").append(applicable).append('\n');
            if (applicable) {
                y.append("    status: ").append(row.status() == null ? "not-started" : row.status()).append('\n');
            }
            String owner = row.owner().isEmpty() ? null : roles.apply(row.owner());
            if (owner != null) {
                y.append("    owner: ").append(owner).append('\n');
            }
            String justification = row.justification();
            if (!applicable && (justification.isEmpty() || Values.isPlaceholder(justification))) {
                justification = "TODO: the SoA table (" + source + ", line " + row.line() + ") marks " + id + " not"
                        + " applicable without a reason; write why it does not apply.";
                problems.add(id + " (" + source + ", line " + row.line() + "): not applicable without a"
                        + " justification; the justification says so and must be written.");
            }
            y.append("    justification: ").append(YamlText.quote(justification)).append('\n');
        }
        this.yaml = y.toString();
    }

    String yaml() {
        return yaml;
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    /** The document whose table became the SoA, or null. */
    String source() {
        return source;
    }

    /** How many controls the table decided. */
    int fromTable() {
        return fromTable;
    }
}
