package io.github.aimshandbook.engine.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The import's account of itself, {@code IMPORT-REPORT.md}: a summary, every document with the values inferred and
 * where each came from, and -- first, since it needs the author -- everything the import could not infer, each with
 * the file and line to look at. The same lines, shorter, go to the log. Not thread-safe: one per import.
 */
final class ImportReport {

    private final String sourceName;
    private final List<ImportedDocument> documents = new ArrayList<>();
    private final SortedMap<String, String> attachments = new TreeMap<>();
    private final SortedMap<String, String> notImported = new TreeMap<>();
    private int hidden;
    private int linksRewritten;
    private ManifestText manifest;
    private SoaText soa;
    private Map<String, String> roles = Map.of();
    private Map<String, List<String>> roleUse = Map.of();

    ImportReport(String sourceName) {
        this.sourceName = sourceName;
    }

    void hidden() {
        hidden++;
    }

    void notImported(String path, String reason) {
        notImported.putIfAbsent(path, reason);
    }

    void linksRewritten(int count) {
        linksRewritten += count;
    }

    void document(ImportedDocument document) {
        documents.add(document);
    }

    void attachment(String source, String target) {
        attachments.put(source, target);
    }

    void manifest(ManifestText manifest) {
        this.manifest = manifest;
    }

    void soa(SoaText soa) {
        this.soa = soa;
    }

    void roles(Map<String, String> roles, Map<String, List<String>> roleUse) {
        this.roles = new TreeMap<>(roles);
        this.roleUse = new LinkedHashMap<>(roleUse);
    }

    /** The summary, one line each. */
    List<String> summary() {
        List<String> lines = new ArrayList<>();
        Map<String, Long> types = documents.stream().collect(Collectors.groupingBy(ImportedDocument::type,
                TreeMap::new, Collectors.counting()));
        lines.add(count(documents.size(), "document") + " (" + types.entrySet().stream().map(e -> e.getValue() + " "
                + e.getKey()).collect(Collectors.joining(", ")) + "), " + count(attachments.size(), "attachment")
                + " copied under files/, " + count(roles.size(), "role") + " in aims.yaml.");
        lines.add("Statement of Applicability: " + (soa.source() == null ? "no imported document has an SoA table;"
                + " every control is written as applicable, not started, to be decided."
                : "from the table in " + soa.source() + " (" + soa.fromTable() + " of 38 controls)."));
        lines.add("Organization: " + (manifest.organization() == null ? "not stated in any document; aims.yaml has a"
                + " TODO." : "'" + manifest.organization() + "' from " + manifest.organizationFrom() + "."));
        lines.add(count(linksRewritten, "link") + " between the files rewritten to their new places.");
        if (!notImported.isEmpty() || hidden > 0) {
            lines.add(count(notImported.size(), "file") + " of the folder not imported" + (hidden > 0 ? ", and "
                    + count(hidden, "hidden file") + " (names starting with '.') left out" : "") + ".");
        }
        return lines;
    }

    /** Each thing the import could not infer, as "file: what", in the order of the report. */
    List<String> couldNotInfer() {
        List<String> lines = new ArrayList<>();
        if (manifest.organization() == null) {
            lines.add("aims.yaml: no document states the organization's name; write it under 'organization'.");
        }
        if (manifest.scope().isEmpty()) {
            lines.add("aims.yaml: no imported document is a scope statement; write the scope under 'scope'.");
        }
        soa.problems().forEach(p -> lines.add("soa.yaml: " + p));
        for (ImportedDocument d : documents) {
            d.missing().forEach(m -> lines.add(d.target() + " (from " + d.source() + "): " + m));
        }
        return lines;
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Import report\n\n");
        md.append("aims:import read the folder `").append(sourceName).append("` and wrote this content tree. The"
                + " folder itself was not changed. Every value below was inferred from what the documents say;"
                + " read the list of what could not be inferred first, then check the documents' front matter. This"
                + " file is not part of the handbook: delete it when you are done.\n\n");
        md.append("## Summary\n\n");
        summary().forEach(l -> md.append("- ").append(l).append('\n'));
        md.append("\n## What the import could not infer\n\n");
        List<String> missing = couldNotInfer();
        if (missing.isEmpty()) {
            md.append("Nothing.\n");
        }
        missing.forEach(l -> md.append("- ").append(escape(l)).append('\n'));
        md.append("\n## Documents\n\n");
        md.append("| Source | Written to | Id | Type | Owner | Review | Status | Controls | Clauses |\n");
        md.append("|---|---|---|---|---|---|---|---|---|\n");
        for (ImportedDocument d : documents) {
            md.append("| ").append(cell(d.source())).append(" | ").append(cell(d.target())).append(" | ")
                    .append(cell(d.id())).append(" | ").append(d.type()).append(" | ").append(cell(d.owner()))
                    .append(" | ").append(cell(d.reviewEvery())).append(" | ").append(d.status()).append(" | ")
                    .append(cell(String.join(", ", d.controls()))).append(" | ")
                    .append(cell(String.join(", ", d.clauses()))).append(" |\n");
        }
        md.append("\n## What the import inferred, and from where\n");
        for (ImportedDocument d : documents) {
            md.append("\n### ").append(escape(d.target())).append("\n\n");
            md.append("From `").append(d.source().replace("`", "'")).append("`, titled \"").append(escape(d.title()))
                    .append("\".\n\n");
            d.inferred().forEach(i -> md.append("- ").append(escape(i)).append('\n'));
        }
        if (!roles.isEmpty()) {
            md.append("\n## Roles created in aims.yaml\n\n");
            md.append("Each role was made from an owner or approver named in the text. Where the text names a person"
                    + " rather than a role, rename the role and put the person under `holder`.\n\n");
            roles.forEach((id, title) -> md.append("- `").append(id).append("`: ").append(escape(title))
                    .append(" (named by ").append(roleUse.getOrDefault(id, List.of()).stream().distinct()
                            .collect(Collectors.joining(", "))).append(")\n"));
        }
        if (!attachments.isEmpty()) {
            md.append("\n## Files copied as attachments\n\n");
            attachments.forEach((from, to) -> md.append("- `").append(from.replace("`", "'")).append("` to `")
                    .append(to.replace("`", "'")).append("`\n"));
        }
        if (!notImported.isEmpty() || hidden > 0) {
            md.append("\n## Files not imported\n\n");
            notImported.forEach((path, why) -> md.append("- `").append(path.replace("`", "'")).append("`: ")
                    .append(escape(why)).append('\n'));
            if (hidden > 0) {
                md.append("- ").append(count(hidden, "hidden file")).append(" (a name or folder starting with '.',"
                        + " such as .git)\n");
            }
        }
        md.append("\n## Next steps\n\n");
        md.append("1. Work through \"What the import could not infer\".\n");
        md.append("2. Check each document's front matter: its owner, its status (documents whose status was not"
                + " stated are drafts and count as evidence only once approved), and the controls and clauses it"
                + " cites.\n");
        md.append("3. Run `mvn aims:check` (or `mvn verify`) and fix what it reports, then `mvn aims:handbook`.\n");
        return md.toString();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String cell(String text) {
        return text == null || text.isEmpty() ? "" : escape(text).replace("|", "\\|");
    }

    /** Text from the documents, shown as text: no Markdown of it takes effect in the report. */
    private static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
    }
}
