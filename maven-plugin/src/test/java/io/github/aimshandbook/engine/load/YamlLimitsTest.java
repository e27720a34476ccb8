package io.github.aimshandbook.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimshandbook.engine.Scenario;
import io.github.aimshandbook.engine.model.Findings;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Limits that keep hostile YAML from exhausting memory or running code; each ends in a finding, never a crash. */
class YamlLimitsTest {

    @TempDir
    Path temp;

    @Test
    void stops_a_file_with_too_many_keys_at_the_first_key_beyond_the_limit() {
        StringBuilder yaml = new StringBuilder("name: Churn model\nmodels:\n");
        for (int i = 0; i < YamlParser.MAX_KEYS; i++) {
            yaml.append("  - k: ").append(i).append('\n');
        }
        Scenario s = Scenario.small(temp).write("systems/churn-model.yaml", yaml.toString()).run();

        assertThat(s.messages("invalid-yaml")).containsExactly("systems/churn-model.yaml:100001:5: error: Invalid"
                + " YAML: the file has more than 100000 keys; this is the first beyond the limit. Split the file, e.g."
                + " one risk or evidence record per file in a folder. [invalid-yaml]");
    }

    @Test
    void reads_a_file_just_within_the_key_limit() {
        StringBuilder yaml = new StringBuilder("name: Churn model\nmodels:\n");
        for (int i = 0; i < YamlParser.MAX_KEYS - 2; i++) {
            yaml.append("  - k: ").append(i).append('\n');
        }
        Findings findings = new Findings();

        assertThat(new YamlParser(findings).parse(yaml.toString(), "systems/x.yaml", 0)).isPresent();
        assertThat(findings.sorted()).isEmpty();
    }

    @Test
    void stops_a_document_larger_than_the_code_point_limit() {
        Findings findings = new Findings();

        assertThat(new YamlParser(findings).parse("a: " + "x".repeat(YamlParser.MAX_CODE_POINTS), "big.yaml", 0))
                .isEmpty();
        assertThat(findings.sorted()).singleElement().asString().contains("Invalid YAML: the document is larger"
                + " than 8388608 characters. Split it.");
    }

    @Test
    void never_creates_the_java_object_a_global_tag_names() {
        Tripwire.created = false;
        Scenario s = Scenario.small(temp).write("systems/churn-model.yaml", "name: Churn model\nmodels:\n"
                + "  - !!io.github.aimshandbook.engine.load.YamlLimitsTest$Tripwire {name: x}\n").run();

        assertThat(Tripwire.created).as("the tagged class was instantiated").isFalse();
        assertThat(s.content()).isNotNull();
    }

    /** Sets a flag when YAML makes an instance: it must never happen. */
    public static final class Tripwire {
        static volatile boolean created;

        public Tripwire() {
            created = true;
        }

        public void setName(String name) {
            created = true;
        }
    }
}
