package io.github.aimshandbook.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimshandbook.engine.Scenario;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that the fuzz tests found breaking the engine, kept as ordinary tests of what the user sees instead. */
class FuzzFindingsTest {

    @TempDir
    Path temp;

    @Test
    void a_link_with_a_broken_percent_escape_is_reported_not_a_crash() {
        Scenario s = Scenario.small(temp).replace("policies/ai-policy.md", "We use AI responsibly.",
                "We use AI responsibly, see [the plan](%zz-plan.pdf).").run();

        assertThat(s.messages("missing-file")).containsExactly("policies/ai-policy.md:14:28: error: The link"
                + " '%zz-plan.pdf' leads to policies/%zz-plan.pdf, which is not in the content folder. Did you mean"
                + " policies/ai-policy.md? [missing-file]");
    }

    @Test
    void a_reference_inside_a_quoted_yaml_string_is_reported_at_the_string() {
        Scenario s = Scenario.small(temp).write("risks.yaml", "- id: R-001\n  title: Drift\n"
                + "  description: \"Drift.\\n\\n\\nSee [[nowhere]].\"\n  owner: aims-lead\n  likelihood: 2\n"
                + "  impact: 2\n  treatment: mitigate\n  controls: [A.6.2.6]\n").run();

        assertThat(s.messages("unresolved-reference")).singleElement().asString()
                .startsWith("risks.yaml:3:16: error: Unresolved reference 'nowhere'");
    }

    @Test
    void an_id_of_control_characters_only_is_reported_not_a_crash() {
        Scenario s = Scenario.small(temp).write("procedures/x.adoc", "= X\n:controls: A.2.2, \u0001\n\nText.\n")
                .run();

        assertThat(s.messages("wrong-type")).singleElement().asString().startsWith("procedures/x.adoc:2:")
                .contains("Each item of 'controls'");
    }

    @Test
    void a_macro_inside_an_asciidoc_attribute_entry_is_metadata_not_a_reference() {
        Scenario s = Scenario.small(temp).write("procedures/x.adoc", "= X\n:controls: A.5.2, ref:aims-lead[]\n\n"
                + "Text.\n").run();

        assertThat(s.errorsAndWarnings()).filteredOn(line -> line.startsWith("procedures/x.adoc"))
                .singleElement().asString().startsWith("procedures/x.adoc:2:19: error: Unresolved reference"
                        + " 'ref:aims-lead[]' in controls");
        assertThat(s.content().documents()).filteredOn(d -> d.id().equals("x")).singleElement()
                .satisfies(d -> assertThat(d.references()).noneMatch(r -> r.id().equals("aims-lead")));
    }
}
