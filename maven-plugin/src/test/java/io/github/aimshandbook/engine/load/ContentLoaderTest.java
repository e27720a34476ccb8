package io.github.aimshandbook.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimshandbook.engine.Scenario;
import io.github.aimshandbook.engine.model.Document;
import io.github.aimshandbook.engine.model.DocumentFormat;
import io.github.aimshandbook.engine.model.Location;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {

    @TempDir
    Path temp;

    @Test
    void reads_the_small_fixture_without_errors_or_warnings_other_than_gaps() {
        Scenario s = Scenario.small(temp).run();

        assertThat(s.errorsAndWarnings()).isEmpty();
        assertThat(s.content().manifest().organization()).isEqualTo("Fixture Analytics GmbH");
        assertThat(s.content().soa().entries()).hasSize(38);
        assertThat(s.content().systems()).extracting(x -> x.id()).containsExactly("churn-model");
        assertThat(s.content().documents()).extracting(Document::id).containsExactly("churn-model-ia",
                "churn-model-card", "ai-policy", "risk-procedure", "management-review-2026");
    }

    @Test
    void reads_markdown_front_matter_with_file_lines_counted_from_the_top() {
        Scenario s = Scenario.small(temp).run();
        Document policy = document(s, "ai-policy");

        assertThat(policy.title()).isEqualTo("AI Policy");
        assertThat(policy.type()).isEqualTo("policy");
        assertThat(policy.review().every()).isEqualTo(Period.ofMonths(12));
        assertThat(policy.review().start()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(policy.controls()).extracting(r -> r.id()).containsExactly("A.2.2", "A.2.4");
        assertThat(policy.controls().get(0).location()).isEqualTo(new Location("policies/ai-policy.md", 9, 12));
        assertThat(policy.clauses()).extracting(r -> r.id()).containsExactly("5.2");
        assertThat(policy.bodyLine()).isEqualTo(12);
        assertThat(policy.references()).extracting(r -> r.id() + "@" + r.location().line() + ":"
                + r.location().column()).containsExactly("aims-lead@14:28", "R-001@15:61");
        assertThat(policy.fileLinks()).extracting(l -> l.path() + "@" + l.location().line())
                .containsExactly("../procedures/risk-procedure.adoc@15", "../files/flow.svg@17");
    }

    @Test
    void reads_asciidoc_header_attributes_as_metadata() {
        Scenario s = Scenario.small(temp).run();
        Document procedure = document(s, "risk-procedure");

        assertThat(procedure.format()).isEqualTo(DocumentFormat.ASCIIDOC);
        assertThat(procedure.title()).isEqualTo("AI Risk Procedure");
        assertThat(procedure.version()).isEqualTo("1.1");
        assertThat(procedure.review().every()).isEqualTo(Period.ofMonths(12));
        assertThat(procedure.controls()).extracting(r -> r.id() + "@" + r.location().line() + ":"
                + r.location().column()).containsExactly("A.5.2@8:12", "A.6.1.2@8:19");
        assertThat(procedure.clauses()).extracting(r -> r.id()).containsExactly("6.1.2", "8.2");
        assertThat(procedure.references()).extracting(r -> r.id() + "@" + r.location().line())
                .containsExactly("churn-model@13", "R-001@14");
    }

    @Test
    void reads_unquoted_clause_numbers_as_written() {
        Scenario s = Scenario.small(temp)
                .replace("policies/ai-policy.md", "clauses: [5.2]", "clauses: [5.2, 10.2, 6.1.4]").run();

        assertThat(document(s, "ai-policy").clauses()).extracting(r -> r.id()).containsExactly("5.2", "10.2",
                "6.1.4");
        assertThat(s.errorsAndWarnings()).isEmpty();
    }

    @Test
    void reports_invalid_yaml_with_line_and_column() {
        Scenario s = Scenario.small(temp).write("systems/churn-model.yaml", "name: Churn\nowner: [aims-lead\n").run();

        assertThat(s.messages("invalid-yaml")).singleElement().asString()
                .startsWith("systems/churn-model.yaml:3:1: error: Invalid YAML:");
    }

    @Test
    void reports_an_unknown_key_with_the_closest_known_key() {
        Scenario s = Scenario.small(temp).replace("systems/churn-model.yaml", "lastReviewed:", "lastReviewd:").run();

        assertThat(s.messages("unknown-key")).containsExactly("systems/churn-model.yaml:14:1: warning: Unknown key"
                + " 'lastReviewd' in system churn-model; it is ignored. Did you mean lastReviewed? [unknown-key]");
    }

    @Test
    void reports_an_invalid_enum_value_with_the_valid_ones() {
        Scenario s = Scenario.small(temp).replace("systems/churn-model.yaml", "lifecycle: production",
                "lifecycle: productoin").run();

        assertThat(s.messages("invalid-value")).containsExactly("systems/churn-model.yaml:5:12: error: 'lifecycle'"
                + " of system churn-model is 'productoin', which is not one of: design, development, validation,"
                + " production, retired. Did you mean production? [invalid-value]");
    }

    @Test
    void reports_invalid_dates_and_periods() {
        Scenario s = Scenario.small(temp)
                .replace("systems/churn-model.yaml", "lastReviewed: 2026-02-01", "lastReviewed: 2026-02-30")
                .replace("systems/churn-model.yaml", "reviewEvery: P12M", "reviewEvery: every year").run();

        assertThat(s.messages("invalid-date")).containsExactly("systems/churn-model.yaml:14:15: error:"
                + " 'lastReviewed' of system churn-model is not a date: '2026-02-30'. Write it as YYYY-MM-DD, e.g."
                + " 2026-03-01. [invalid-date]");
        assertThat(s.messages("invalid-period")).containsExactly("systems/churn-model.yaml:13:14: error:"
                + " 'reviewEvery' of system churn-model is not a review period: 'every year'. Use an ISO 8601 period"
                + " such as P12M, P6M or P3M, or one of annual, semiannual, quarterly, monthly. [invalid-period]");
    }

    @Test
    void reports_a_value_of_the_wrong_type() {
        Scenario s = Scenario.small(temp).replace("risks.yaml", "likelihood: 3", "likelihood: often").run();

        assertThat(s.messages("wrong-type")).containsExactly("risks.yaml:6:15: error: 'likelihood' of a risk must be"
                + " a whole number from 1 to 10, but it is 'often'. [wrong-type]");
    }

    @Test
    void reports_a_file_that_is_not_utf8_with_its_line() throws Exception {
        Scenario s = Scenario.small(temp);
        Files.write(s.root().resolve("systems/churn-model.yaml"),
                "name: Churn\npurpose: caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        s.run();

        assertThat(s.messages("not-utf8")).containsExactly("systems/churn-model.yaml:2:13: error: The file is not"
                + " valid UTF-8 (byte 0xE9 at offset 24). Save it with UTF-8 encoding. [not-utf8]");
    }

    @Test
    void reports_an_empty_yaml_file_as_an_error() {
        Scenario s = Scenario.small(temp).write("systems/churn-model.yaml", "# nothing yet\n").run();

        assertThat(s.messages("empty-file")).containsExactly("systems/churn-model.yaml:1:1: error: The YAML is"
                + " empty. Write the content, or delete the file if it is not needed. [empty-file]");
    }

    @Test
    void reports_a_missing_manifest_and_gives_up_loading() throws Exception {
        Scenario s = Scenario.small(temp);
        Files.delete(s.root().resolve("aims.yaml"));
        s.run();

        assertThat(s.content()).isNull();
        assertThat(s.messages("missing-file")).singleElement().asString()
                .startsWith("aims.yaml: error: The content folder has no aims.yaml (the manifest).");
    }

    @Test
    void reads_risks_and_evidence_in_folder_form_with_ids_from_file_names() throws Exception {
        Scenario s = Scenario.small(temp);
        Files.delete(s.root().resolve("risks.yaml"));
        s.write("risks/R-009.yaml", "title: Prompt injection\nlikelihood: 2\nimpact: 4\nowner: aims-lead\n"
                + "category: security\ntreatment: accept\n").run();

        assertThat(s.content().risks()).extracting(r -> r.id() + " " + r.title())
                .containsExactly("R-009 Prompt injection");
    }

    @Test
    void refuses_an_evidence_file_outside_the_content_root() {
        Scenario s = Scenario.small(temp).replace("evidence.yaml", "file: files/validation.txt",
                "file: ../../etc/passwd").run();

        assertThat(s.messages("outside-content-root")).containsExactly("evidence.yaml:6:9: error: The evidence file"
                + " '../../etc/passwd' points outside the content folder. Copy the file under files/ and refer to"
                + " it there. [outside-content-root]");
    }

    @Test
    void refuses_a_url_that_is_not_a_web_address() {
        Scenario s = Scenario.small(temp).replace("evidence.yaml", "url: https://dashboards.example.com/churn",
                "url: javascript:alert(1)").run();

        assertThat(s.messages("invalid-url")).hasSize(1);
        assertThat(s.content().evidence().get(1).url()).isNull();
    }

    private static Document document(Scenario s, String id) {
        return s.content().documents().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void refuses_an_attachment_above_the_size_limit() throws Exception {
        Scenario s = Scenario.small(temp).maxAttachmentSize(10).run();

        assertThat(s.messages("attachment-too-large")).contains("files/validation.txt: error: The file is 0.0 MB,"
                + " more than the limit of 0.0 MB for attachments. Link to where it is kept with 'url:' instead, or"
                + " raise maxAttachmentSize (-Daims.maxAttachmentSize=...). [attachment-too-large]");
    }

    @Test
    void reports_a_binary_file_where_text_is_expected() throws Exception {
        Scenario s = Scenario.small(temp);
        Files.write(s.root().resolve("policies/ai-policy.md"), new byte[] {'#', ' ', 'x', 0, 1, 2});
        s.run();

        assertThat(s.messages("binary-file")).containsExactly("policies/ai-policy.md: error: The file holds binary"
                + " data (a zero byte at offset 3), not text. Content files are UTF-8 text; put binary files under"
                + " files/. [binary-file]");
    }

    @Test
    void stops_an_alias_bomb_with_a_finding() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'm'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p).append(", *")
                    .append(p).append(", *").append(p).append(", *").append(p).append(", *").append(p)
                    .append(", *").append(p).append(", *").append(p).append(", *").append(p).append(", *")
                    .append(p).append("]\n");
        }
        Scenario s = Scenario.small(temp).write("systems/churn-model.yaml", bomb.toString()).run();

        assertThat(s.messages("invalid-yaml")).containsExactly("systems/churn-model.yaml:1:1: error: Invalid YAML: it"
                + " uses more than 100 aliases (*name) of lists or mappings, which is refused as a possible alias bomb."
                + " Write the values out instead. [invalid-yaml]");
    }

    @Test
    void stops_deep_nesting_with_a_finding() {
        Scenario s = Scenario.small(temp).write("systems/churn-model.yaml", "name: " + "[".repeat(5000)).run();

        assertThat(s.messages("invalid-yaml")).singleElement().asString().contains("Invalid YAML: it nests lists or"
                + " mappings more than 50 levels deep. Flatten it.");
    }

    @Test
    void refuses_a_symbolic_link_that_leads_out_of_the_content() throws Exception {
        Path secret = temp.resolve("secret.txt");
        Files.writeString(secret, "TOP SECRET");
        Scenario s = Scenario.small(temp);
        Files.createSymbolicLink(s.root().resolve("files/secret.txt"), secret);
        s.run();

        assertThat(s.messages("outside-content-root")).singleElement().asString()
                .startsWith("files/secret.txt: error: This is a symbolic link to " + secret.toRealPath());
        assertThat(s.content().files()).doesNotContain("files/secret.txt");
    }
}
