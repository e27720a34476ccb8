package io.github.aimshandbook.engine.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimshandbook.engine.Fixtures;
import io.github.aimshandbook.engine.Options;
import io.github.aimshandbook.engine.Pipeline;
import io.github.aimshandbook.engine.Result;
import io.github.aimshandbook.engine.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The findings not covered by the tests of their stage: one failing fixture each, with the exact message. */
class MoreFindingsTest {

    @TempDir
    Path temp;

    @Test
    void accent_colour_that_is_not_a_hex_colour() {
        Scenario s = Scenario.small(temp).replace("aims.yaml", "classification: Internal",
                "classification: Internal\naccentColor: dark blue").run();

        assertThat(s.messages("invalid-value")).containsExactly("aims.yaml:5:14: error: 'accentColor' is 'dark"
                + " blue', not a hex colour. Write it as '#' and six (or three) hex digits, such as \"#1f5f8b\" (in"
                + " quotes: YAML reads an unquoted # as the start of a comment). [invalid-value]");
    }

    @Test
    void logo_that_is_not_an_image_or_outside_the_content() {
        Scenario s = Scenario.small(temp).replace("aims.yaml", "classification: Internal",
                "classification: Internal\nlogo: files/validation.txt").run();
        assertThat(s.messages("invalid-value")).containsExactly("aims.yaml:5:7: error: The logo"
                + " 'files/validation.txt' is not an image browsers show. Use an SVG, PNG, JPEG, GIF or WebP file,"
                + " such as files/logo.svg. [invalid-value]");

        Scenario outside = Scenario.small(temp.resolve("outside")).replace("aims.yaml", "classification: Internal",
                "classification: Internal\nlogo: ../logo.svg").run();
        assertThat(outside.messages("outside-content-root")).containsExactly("aims.yaml:5:7: error: The logo"
                + " '../logo.svg' points outside the content folder. Copy the file under files/ and refer to it"
                + " there. [outside-content-root]");
    }

    @Test
    void duplicate_key() {
        Scenario s = Scenario.small(temp).replace("systems/churn-model.yaml", "purpose:", "name: Churn again\npurpose:")
                .run();

        assertThat(s.messages("duplicate-key")).containsExactly("systems/churn-model.yaml:3:1: error: The key 'name'"
                + " appears twice in system churn-model (first at line 1). Keep one of them. [duplicate-key]");
    }

    @Test
    void invalid_key() {
        Scenario s = Scenario.small(temp).replace("systems/churn-model.yaml", "purpose:", "[a, b]: x\npurpose:").run();

        assertThat(s.messages("invalid-key")).containsExactly("systems/churn-model.yaml:3:1: error: A key of system"
                + " churn-model must be a plain word, not a list or mapping. [invalid-key]");
    }

    @Test
    void invalid_front_matter() {
        Scenario s = Scenario.small(temp).write("policies/ai-policy.md", "---\ntitle: AI Policy\n\n# AI Policy\n")
                .run();

        assertThat(s.messages("invalid-front-matter")).containsExactly("policies/ai-policy.md:1:1: error: The front"
                + " matter opened by '---' on line 1 is never closed. Add a line with '---' after the last key."
                + " [invalid-front-matter]");
    }

    @Test
    void missing_field() {
        Scenario s = Scenario.small(temp).replace("systems/churn-model.yaml", "name: Customer churn model\n", "")
                .run();

        assertThat(s.messages("missing-field")).containsExactly("systems/churn-model.yaml:1:1: error: System"
                + " churn-model has no 'name'. Add it: name: ... [missing-field]");
    }

    @Test
    void missing_field_for_the_systems_of_a_model_card() {
        Scenario s = Scenario.small(temp).replace("model-cards/churn-model-card.md", "systems: [churn-model]\n", "")
                .run();

        assertThat(s.messages("missing-field")).containsExactly("model-cards/churn-model-card.md:1:1: error: This"
                + " model card names no system. Add 'systems: [ID]' to its front matter with the system(s) it covers."
                + " [missing-field]");
    }

    @Test
    void out_of_range() {
        Scenario s = Scenario.small(temp).replace("risks.yaml", "likelihood: 3", "likelihood: 12").run();

        assertThat(s.messages("out-of-range")).containsExactly("risks.yaml:6:15: error: 'likelihood' of a risk is 12;"
                + " it must be from 1 to 10. [out-of-range]");
    }

    @Test
    void risk_out_of_matrix() {
        Scenario s = Scenario.small(temp).replace("risks.yaml", "likelihood: 3", "likelihood: 7").run();

        assertThat(s.messages("risk-out-of-matrix")).containsExactly("risks.yaml:1:7: error: Risk R-001 is scored"
                + " outside the risk matrix (likelihood 1-5, impact 1-5). [risk-out-of-matrix]");
    }

    @Test
    void retired_in_scope() {
        Scenario s = Scenario.small(temp).replace("systems/churn-model.yaml", "lifecycle: production",
                "lifecycle: retired").run();

        assertThat(s.messages("retired-in-scope")).containsExactly("systems/churn-model.yaml:5:1: warning: System"
                + " churn-model is retired but in scope. Set 'inScope: false', or change its lifecycle."
                + " [retired-in-scope]");
    }

    @Test
    void soa_missing_status_and_status_of_a_control_that_does_not_apply() {
        Scenario s = Scenario.small(temp)
                .replace("soa.yaml", "    status: partial\n", "")
                .replace("soa.yaml", "    applicable: false\n", "    applicable: false\n    status: planned\n").run();

        assertThat(s.messages("soa-missing-status")).singleElement().asString().endsWith("error: Control A.6.2.4 is"
                .replace("error", "warning") + " applicable but has no status. Add 'status:' (implemented, partial,"
                + " planned or not-started). [soa-missing-status]");
        assertThat(s.messages("soa-status-not-applicable")).singleElement().asString().endsWith("warning: Control"
                + " A.10.4 is not applicable, so its status 'planned' means nothing. Remove it."
                + " [soa-status-not-applicable]");
    }

    @Test
    void no_evidence_source() {
        Scenario s = Scenario.small(temp).replace("evidence.yaml", "  url: https://dashboards.example.com/churn\n", "")
                .run();

        assertThat(s.messages("no-evidence-source")).containsExactly("evidence.yaml:9:7: warning: Evidence record"
                + " EV-002 has neither 'file' nor 'url'; an auditor cannot open it. Add the file under files/ or a"
                + " link to where it is kept. [no-evidence-source]");
    }

    @Test
    void file_too_large() throws Exception {
        Scenario s = Scenario.small(temp);
        Files.write(s.root().resolve("policies/huge.md"), new byte[9 * 1024 * 1024]);
        s.run();

        assertThat(s.messages("file-too-large")).containsExactly("policies/huge.md: error: The file is 9 MB; content"
                + " files may have at most 8 MB. Split it, or move data into an attachment under files/."
                + " [file-too-large]");
    }

    @Test
    void missing_content() {
        Path nowhere = temp.resolve("nowhere");
        Result result = new Pipeline().run(Options.builder(nowhere, temp.resolve("out"), Fixtures.TODAY).build());

        assertThat(result.findings()).extracting(f -> f.format("src/aims/")).containsExactly("src/aims: error: The"
                + " content folder " + nowhere + " does not exist. Create it with aims.yaml and soa.yaml, or set"
                + " contentDirectory (-Daims.contentDirectory=...) to where your AIMS content is. [missing-content]");
    }
}
