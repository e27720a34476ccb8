package io.github.aimshandbook.engine.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimshandbook.engine.Scenario;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A link to a place in a document is checked against the ids that document really has, in both languages. */
class AnchorLinksTest {

    @TempDir
    Path temp;

    private Scenario policyLinks(String links) {
        return Scenario.small(temp).replace("policies/ai-policy.md", "![Flow]",
                "## Roles and Responsibilities\n\n" + links + "\n\n![Flow]").run();
    }

    @Test
    void reports_a_markdown_link_to_a_heading_another_document_does_not_have() {
        Scenario s = policyLinks("See [steps](../procedures/risk-procedure.adoc#no-such-heading).");

        assertThat(s.messages("missing-anchor")).containsExactly("policies/ai-policy.md:19:5: error: The link"
                + " '../procedures/risk-procedure.adoc#no-such-heading' leads to #no-such-heading in"
                + " procedures/risk-procedure.adoc, but no heading or anchor there has this id. Its ids: _steps."
                + " [missing-anchor]");
    }

    @Test
    void reports_a_markdown_link_to_a_heading_of_its_own_with_the_closest_ids() {
        Scenario s = policyLinks("See [roles](#roles-and-responsibility).");

        assertThat(s.messages("missing-anchor")).containsExactly("policies/ai-policy.md:19:5: error: The link"
                + " '#roles-and-responsibility' leads to #roles-and-responsibility in policies/ai-policy.md, but no"
                + " heading or anchor there has this id. Did you mean roles-and-responsibilities? [missing-anchor]");
    }

    @Test
    void accepts_links_to_the_heading_ids_markdown_and_asciidoc_really_give() {
        Scenario s = policyLinks("See [roles](#roles-and-responsibilities), [title](#ai-policy) and"
                + " [steps](../procedures/risk-procedure.adoc#_steps).");

        assertThat(s.messages("missing-anchor")).isEmpty();
    }

    @Test
    void reports_asciidoc_xrefs_to_ids_that_are_not_there_inside_and_across_documents() {
        Scenario s = Scenario.small(temp).replace("procedures/risk-procedure.adoc", "image::",
                "See <<_step>>, xref:../policies/ai-policy.md#no-such-heading[the policy] and <<_steps>>.\n\nimage::")
                .run();

        assertThat(s.messages("missing-anchor")).containsExactly(
                "procedures/risk-procedure.adoc:16:5: error: The link '#_step' leads to #_step in"
                        + " procedures/risk-procedure.adoc, but no heading or anchor there has this id. Did you mean"
                        + " _steps? [missing-anchor]",
                "procedures/risk-procedure.adoc:16:16: error: The link '../policies/ai-policy.md#no-such-heading'"
                        + " leads to #no-such-heading in policies/ai-policy.md, but no heading or anchor there has"
                        + " this id. Its ids: ai-policy. [missing-anchor]");
    }

    @Test
    void an_xref_to_a_handbook_id_says_how_to_reference_it() {
        Scenario s = Scenario.small(temp).replace("procedures/risk-procedure.adoc", "image::",
                "See <<A.6.2.4>>.\n\nimage::").run();

        assertThat(s.messages("missing-anchor")).containsExactly("procedures/risk-procedure.adoc:16:5: error: The"
                + " link '#A.6.2.4' leads to #A.6.2.4 in procedures/risk-procedure.adoc, but no heading or anchor there"
                + " has this id. 'A.6.2.4' is an Annex A control: to link to it, write ref:A.6.2.4[] in AsciiDoc or"
                + " [[A.6.2.4]] in Markdown. [missing-anchor]");
    }

    @Test
    void an_xref_to_a_section_id_of_the_same_document_is_not_taken_for_a_file() {
        Scenario s = Scenario.small(temp).replace("procedures/risk-procedure.adoc", "image::",
                "See xref:_steps[Steps].\n\nimage::").run();

        assertThat(s.errorsAndWarnings()).isEmpty();
    }

    @Test
    void does_not_guess_at_ids_an_include_may_bring() {
        Scenario s = Scenario.small(temp).write("files/part.adoc", "== Included\n")
                .replace("procedures/risk-procedure.adoc", "image::",
                        "include::../files/part.adoc[]\n\nSee <<_included>>.\n\nimage::").run();

        assertThat(s.messages("missing-anchor")).isEmpty();
    }
}
