package io.github.aimshandbook.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.junit.jupiter.api.Test;

/**
 * The ids the check finds in AsciiDoc without Asciidoctor are the ids the Asciidoctor of the build generates, for
 * titles of the shapes real documents have.
 */
class AsciidocIdsTest {

    private static final List<String> TITLES = List.of("Purpose", "Risk Appetite & Criteria", "Roles and"
            + " responsibilities", "A.6.2.4 Verification", "Owner's duties", "Über die Prüfung", "*Bold* start",
            "Scope (what is in)", "Step 1: identify", "Steps", "Steps", "Steps", "Ends with a dot.",
            "snake_case word", "Tabs\tand  spaces", "Q&A", "Data <quality>", "100% coverage", "`code` title",
            "Émoji ✅ status");

    @Test
    void section_ids_are_those_asciidoctor_generates() {
        StringBuilder doc = new StringBuilder("= Doc\n\n");
        TITLES.forEach(t -> doc.append("== ").append(t).append("\n\nText.\n\n"));
        doc.append("[[explicit]]\n== Explicit\n\n[#hashed.role]\nPara with anchor:inline[] and [[inline2]] too.\n");

        List<String> expected;
        Asciidoctor asciidoctor = Asciidoctor.Factory.create();
        try {
            String html = asciidoctor.convert(doc.toString(), Options.builder().safe(SafeMode.SERVER)
                    .standalone(false).attributes(Attributes.builder().attribute("sectanchors!", "").build()).build());
            expected = ids(html);
        } finally {
            asciidoctor.shutdown();
        }

        var found = AsciidocIds.of(doc.toString());
        assertThat(found.complete()).isTrue();
        assertThat(found.ids()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void a_title_with_an_attribute_or_an_include_makes_the_ids_incomplete() {
        assertThat(AsciidocIds.of("== About {product}\n").complete()).isFalse();
        assertThat(AsciidocIds.of("include::part.adoc[]\n").complete()).isFalse();
        assertThat(AsciidocIds.of("== Plain\n").complete()).isTrue();
    }

    private static List<String> ids(String html) {
        Matcher m = Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
        List<String> ids = new java.util.ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
