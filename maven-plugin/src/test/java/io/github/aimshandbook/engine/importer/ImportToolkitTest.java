package io.github.aimshandbook.engine.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aimshandbook.engine.Fixtures;
import io.github.aimshandbook.engine.Options;
import io.github.aimshandbook.engine.Pipeline;
import io.github.aimshandbook.engine.Result;
import io.github.aimshandbook.engine.UserError;
import io.github.aimshandbook.engine.model.Finding;
import io.github.aimshandbook.engine.model.Severity;
import io.github.aimshandbook.engine.render.SiteLinks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports {@code fixtures/import-toolkit}, a consultant's toolkit of 19 files in the shape public template sets have
 * (numbered folders and file names with spaces, metadata tables and lines, a document control section with a
 * version history, links with spaces and anchors, an SoA table, citations in prose, a link that leads nowhere), and
 * checks the tree with the real pipeline.
 */
class ImportToolkitTest {

    @TempDir
    Path temp;

    private Path source;
    private Path content;

    private ImportResult importToolkit() {
        source = Fixtures.copy("import-toolkit", temp);
        content = temp.resolve("project/src/aims");
        return new Importer().run(source, content);
    }

    private Result check(Path contentDirectory) {
        return new Pipeline().run(Options.builder(contentDirectory, temp.resolve("out"), Fixtures.TODAY).checkOnly()
                .build());
    }

    @Test
    void the_imported_tree_passes_the_checks_with_warnings_only() {
        importToolkit();

        Result result = check(content);

        assertThat(result.count(Severity.ERROR)).as("errors: %s", result.findings()).isZero();
        java.util.Set<String> codes = result.findings().stream().map(Finding::code).collect(Collectors.toCollection(
                java.util.TreeSet::new));
        assertThat(codes).containsExactly("control-gap", "draft-evidence", "missing-documented-information", "overdue-review");
        assertThat(result.readiness().applicable()).isEqualTo(37);
        // only what is approved counts: the AI policy (5 controls), the data policy (4), the impact procedure (4)
        assertThat(result.readiness().withEvidence()).isEqualTo(13);
    }

    @Test
    void the_handbook_builds_and_every_link_of_it_works() {
        importToolkit();
        Path out = temp.resolve("site");

        Result result = Fixtures.build(content, out);

        assertThat(result.count(Severity.ERROR)).isZero();
        assertThat(SiteLinks.broken(out)).isEmpty();
        String policy = Fixtures.read(out.resolve("documents/POL-01.html"));
        assertThat(policy).contains("<a href=\"../documents/PRO-01.html#3-assessing-a-risk\">risk procedure</a>")
                .contains("<a href=\"../documents/PRO-02.html\">impact assessment procedure</a>")
                .contains("<a href=\"../documents/POL-02.html\">acceptable use policy</a>");
        assertThat(Fixtures.read(out.resolve("documents/PRO-04-2.html")))
                .contains("src=\"../files/02%20Procedures/images/audit-flow.png\"");
        assertThat(out.resolve("files/02 Procedures/images/audit-flow.png")).isRegularFile();
    }

    @Test
    void writes_each_document_with_the_front_matter_its_text_states() {
        ImportResult result = importToolkit();

        assertThat(result.written()).contains("aims.yaml", "soa.yaml", "IMPORT-REPORT.md", "policies/POL-01.md",
                "policies/POL-04.md", "procedures/PRO-02.md", "procedures/PRO-04.md", "procedures/PRO-04-2.md",
                "procedures/ai-incident-response-procedure.md", "records/REC-01.md", "records/REC-03.md",
                "files/04 Templates/AI Risk Register.csv", "files/02 Procedures/images/audit-flow.png");
        assertThat(result.written()).hasSize(21);
        assertThat(Fixtures.read(content.resolve("policies/POL-01.md"))).startsWith("""
                ---
                # Imported by aims:import from "01 Policies/01 AI Policy.md"; IMPORT-REPORT.md says where each value \
                came from.
                id: POL-01
                title: "Artificial Intelligence Policy"
                type: policy
                owner: chief-executive-officer
                version: "2.1"
                status: approved
                reviewEvery: P12M
                lastReviewed: 2026-02-10
                controls: [A.2.2, A.2.3, A.2.4, A.3.2, A.3.3]
                clauses: ["5.2"]
                ---
                # Artificial Intelligence Policy

                ## 1. Purpose
                """);
        assertThat(Fixtures.read(content.resolve("procedures/PRO-02.md"))).contains(
                "status: approved\napproved: { by: chief-executive-officer, date: 2026-03-03 }\nreviewEvery: P12M\n"
                        + "lastReviewed: 2026-03-03\ncontrols: [A.5.2, A.5.3, A.5.4, A.5.5]\nclauses: [\"8.4\"]\n");
        assertThat(Fixtures.read(content.resolve("policies/POL-03.md"))).contains("owner: data-protection-officer\n"
                + "status: approved\nreviewEvery: P6M\nlastReviewed: 2026-05-04\n");
        assertThat(Fixtures.read(content.resolve("procedures/PRO-04.md"))).contains("reviewEvery: P6M\n")
                .contains("controls: [A.6.2.2, A.6.2.3, A.6.2.4, A.6.2.5, A.6.2.6, A.6.2.7, A.6.2.8]\n");
    }

    @Test
    void keeps_the_body_as_written_apart_from_the_metadata_block_and_the_links() throws IOException {
        importToolkit();

        String policy = Fixtures.read(content.resolve("policies/POL-01.md"));
        assertThat(policy).doesNotContain("| Document ID | POL-01 |").contains("""
                ## 4. Document control

                | Version | Date | Author | Changes |
                |---|---|---|---|
                | 1.0 | 2025-03-01 | M. Okafor | First issue |
                """).contains("[aup]: POL-02.md\n");
        // a block that also holds something front matter has no key for stays as it was
        assertThat(Fixtures.read(content.resolve("policies/POL-04.md")))
                .contains("| Review cycle | every 12 months | Classification | Internal |");
        assertThat(Fixtures.read(content.resolve("procedures/ai-incident-response-procedure.md")))
                .contains("See the escalation policy for who decides, and\n[the on-call rota]"
                        + "(https://intranet.example.com/rota)");
        assertThat(Files.readAllBytes(content.resolve("files/04 Templates/AI Risk Register.csv")))
                .isEqualTo(Files.readAllBytes(source.resolve("04 Templates/AI Risk Register.csv")));
    }

    @Test
    void the_manifest_has_the_organization_and_a_role_for_each_owner() {
        importToolkit();

        String manifest = Fixtures.read(content.resolve("aims.yaml"));
        assertThat(manifest).contains("organization: \"Harbourline Analytics Ltd\"\n")
                .contains("owner: head-of-ai-governance")
                .contains("The scope of the AIMS is set out in [[SCOPE-01]].")
                .contains("  - id: procurement-manager\n    title: \"Procurement Manager\"\n")
                .contains("  - id: internal-audit-manager\n    title: \"Internal Audit Manager\"\n"
                        + "    holder: \"Jonas Moreau\"\n");
        assertThat(manifest.lines().filter(l -> l.startsWith("  - id: ")).toList()).containsExactly(
                "  - id: chief-executive-officer", "  - id: data-protection-officer", "  - id: head-of-ai-governance",
                "  - id: head-of-engineering", "  - id: head-of-people", "  - id: internal-audit-manager",
                "  - id: procurement-manager");
    }

    @Test
    void the_soa_follows_the_table_and_says_what_the_table_lacks() {
        importToolkit();

        String soa = Fixtures.read(content.resolve("soa.yaml"));
        assertThat(soa).contains("""
                  A.2.2:  # AI policy
                    applicable: true
                    status: implemented
                    owner: chief-executive-officer
                    justification: "Top management sets the direction for AI."
                """).contains("""
                  A.8.5:  # Information for interested parties
                    applicable: true
                    status: not-started
                    justification: "To be decided: the SoA table in 03 Records/Statement of Applicability.md has no \
                row for A.8.5."
                """).contains("""
                  A.10.4:  # Customers
                    applicable: false
                    justification: "TODO: the SoA table (03 Records/Statement of Applicability.md, line 48) marks \
                A.10.4 not applicable without a reason; write why it does not apply."
                """);
        assertThat(soa).contains("  A.3.2:  # AI roles and responsibilities\n    applicable: true\n    status: partial\n");
    }

    @Test
    void the_report_lists_what_it_could_not_infer() {
        ImportResult result = importToolkit();

        assertThat(result.couldNotInfer()).contains(
                "soa.yaml: A.8.5 has no row in the table: written as applicable, not started, to be decided.",
                "soa.yaml: 03 Records/Statement of Applicability.md, line 49: A.10.4 is in the table twice; the first"
                        + " row (line 48) was imported.",
                "procedures/ai-incident-response-procedure.md (from 02 Procedures/AI Incident Response Procedure.md):"
                        + " No owner is stated (a 'Document owner' or 'Owner:' field): the document has no owner.",
                "procedures/ai-incident-response-procedure.md (from 02 Procedures/AI Incident Response Procedure.md):"
                        + " line 16: 'clause 11.3' was not mapped: ISO/IEC 42001 has no clause 11.3. Did you mean"
                        + " 10.1, 10.2 or 4.3?",
                "procedures/ai-incident-response-procedure.md (from 02 Procedures/AI Incident Response Procedure.md):"
                        + " line 19: the link '../01%20Policies/05%20Escalation%20Policy.md' leads to no file of the"
                        + " imported folder (closest: 01 Policies/01 AI Policy.md); the link's text is kept without"
                        + " the link.",
                "policies/POL-04.md (from 01 Policies/04 Third Party AI Policy.md): line 23: 'A.5.19' was not mapped:"
                        + " it follows the name of another standard (27001); only ISO/IEC 42001 is mapped.",
                "procedures/PRO-04.md (from 02 Procedures/AI System Lifecycle Procedure.md): line 17: 'A.6.2.9' was"
                        + " not mapped: Annex A has no control A.6.2.9. Did you mean A.6.2.2, A.6.2.3 or A.6.2.4?");
        assertThat(Fixtures.read(content.resolve("procedures/ai-incident-response-procedure.md")).lines().toList()
                .get(15)).contains("clause 11.3");
        String report = Fixtures.read(content.resolve("IMPORT-REPORT.md"));
        assertThat(report).contains("## What the import could not infer")
                .contains("- `04 Templates/Supplier Questionnaire.docx`: not Markdown, and no document links to it")
                .contains("- id PRO-04-2 from 'Document ID: PRO-04' (line 3), made valid and unique")
                .contains("- removed from the body: the metadata table (Document ID, Owner, Version, Status, Review"
                        + " cycle, Last reviewed) at lines 3-9 of the source, now front matter")
                .contains("| 01 Policies/01 AI Policy.md | policies/POL-01.md | POL-01 | policy |"
                        + " chief-executive-officer | P12M | approved | A.2.2, A.2.3, A.2.4, A.3.2, A.3.3 | 5.2 |");
        assertThat(result.summary()).containsExactly(
                "16 documents (4 other, 4 policy, 5 procedure, 3 record), 2 attachments copied under files/, 7 roles"
                        + " in aims.yaml.",
                "Statement of Applicability: from the table in 03 Records/Statement of Applicability.md (37 of 38"
                        + " controls).",
                "Organization: 'Harbourline Analytics Ltd' from 00 AIMS Scope Statement.md, 'Organisation' (table,"
                        + " line 6).",
                "18 links between the files rewritten to their new places.",
                "1 file of the folder not imported.");
    }

    @Test
    void the_folder_it_imports_is_left_exactly_as_it_was() {
        Path copy = Fixtures.copy("import-toolkit", temp.resolve("before"));
        importToolkit();

        assertThat(contents(source)).usingRecursiveComparison().isEqualTo(contents(copy));
    }

    @Test
    void the_same_folder_gives_the_same_bytes() {
        importToolkit();
        Path second = temp.resolve("second/src/aims");
        new Importer().run(source, second);

        assertThat(contents(second)).usingRecursiveComparison().isEqualTo(contents(content));
    }

    @Test
    void stops_before_writing_anything_when_a_file_it_would_write_exists() {
        source = Fixtures.copy("import-toolkit", temp);
        content = temp.resolve("project/src/aims");
        Fixtures.write(content.resolve("policies/POL-02.md"), "# Ours\n");
        Fixtures.write(content.resolve("aims.yaml"), "organization: Ours\n");

        assertThatThrownBy(() -> new Importer().run(source, content)).isInstanceOf(UserError.class)
                .hasMessage("The import would overwrite files (parameter contentDirectory, -Daims.contentDirectory): "
                        + content + " already has 2 of the files the import writes: aims.yaml, policies/POL-02.md."
                        + " Nothing was written. Import into an empty folder (-Daims.contentDirectory=...), or move"
                        + " those files away first.");
        assertThat(contents(content).keySet()).containsExactly("aims.yaml", "policies/POL-02.md");
    }

    @Test
    void never_writes_through_a_folder_that_is_a_link_out_of_the_content_folder() throws IOException {
        source = Fixtures.copy("import-toolkit", temp);
        content = temp.resolve("project/src/aims");
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Files.createDirectories(content);
        Files.createSymbolicLink(content.resolve("policies"), elsewhere);

        assertThatThrownBy(() -> new Importer().run(source, content)).isInstanceOf(UserError.class)
                .hasMessageStartingWith("The import would write outside the content folder (parameter"
                        + " contentDirectory, -Daims.contentDirectory): A folder of " + content + " is a symbolic"
                        + " link that leads out of it, so policies/POL-01.md, policies/POL-02.md,");
        assertThat(elsewhere).isEmptyDirectory();
        assertThat(content.resolve("aims.yaml")).doesNotExist();
    }

    @Test
    void never_writes_into_the_folder_it_reads() {
        source = Fixtures.copy("import-toolkit", temp);

        assertThatThrownBy(() -> new Importer().run(source, source.resolve("src/aims")))
                .isInstanceOf(UserError.class).hasMessageStartingWith("The folders overlap (parameter importFrom,"
                        + " -Daims.importFrom): The content folder ");
        assertThat(source.resolve("src")).doesNotExist();
    }

    @Test
    void a_folder_that_is_not_there_is_the_users_error() {
        assertThatThrownBy(() -> new Importer().run(temp.resolve("nowhere"), temp.resolve("src/aims")))
                .isInstanceOf(UserError.class).hasMessage("The folder to import is not there (parameter importFrom,"
                        + " -Daims.importFrom): There is no folder " + temp.resolve("nowhere") + ". Give the folder"
                        + " that holds the Markdown documents, e.g. -Daims.importFrom=../our-aims-toolkit.");
    }

    @Test
    void a_symbolic_link_out_of_the_folder_is_not_followed() throws IOException {
        source = Fixtures.copy("import-toolkit", temp);
        Path secret = temp.resolve("elsewhere/secret.md");
        Fixtures.write(secret, "# Secret\n\nNot part of the AIMS.\n");
        Files.createSymbolicLink(source.resolve("01 Policies/99 Linked.md"), secret);
        content = temp.resolve("project/src/aims");

        ImportResult result = new Importer().run(source, content);

        assertThat(result.written()).noneMatch(f -> f.contains("linked"));
        assertThat(contents(content).values()).noneMatch(bytes -> new String(bytes).contains("Not part of the AIMS"));
        assertThat(Fixtures.read(content.resolve("IMPORT-REPORT.md"))).contains("- `01 Policies/99 Linked.md`: a"
                + " symbolic link to a file outside the folder; it was not read");
    }

    @Test
    void without_an_soa_table_every_control_is_to_be_decided_and_the_tree_still_checks() throws IOException {
        source = temp.resolve("small");
        Fixtures.write(source.resolve("Policies/AI Policy.md"), "# AI Policy\n\nOwner: CEO\n\nCovers A.2.2.\n");
        Fixtures.write(source.resolve("Guide.md"), "No heading at all; see the [policy](Policies/AI%20Policy.md).\n");
        content = temp.resolve("project/src/aims");

        ImportResult result = new Importer().run(source, content);

        String soa = Fixtures.read(content.resolve("soa.yaml"));
        assertThat(soa.lines().filter(l -> l.equals("    status: not-started")).count()).isEqualTo(38);
        assertThat(soa).contains("  A.2.2:  # AI policy\n    applicable: true\n    status: not-started\n"
                + "    justification: \"To be decided: imported without a Statement of Applicability.\"\n");
        assertThat(Fixtures.read(content.resolve("aims.yaml"))).contains("organization: \"TODO: the organization's"
                + " name (no document states it)\"");
        assertThat(Fixtures.read(content.resolve("procedures/guide.md"))).contains("title: \"Guide\"\ntype: other\n")
                .contains("[policy](../policies/ai-policy.md)");
        assertThat(result.couldNotInfer()).contains(
                "aims.yaml: no document states the organization's name; write it under 'organization'.",
                "aims.yaml: no imported document is a scope statement; write the scope under 'scope'.");
        assertThat(check(content).count(Severity.ERROR)).isZero();
    }

    private static Map<String, byte[]> contents(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            Map<String, byte[]> files = new TreeMap<>();
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
