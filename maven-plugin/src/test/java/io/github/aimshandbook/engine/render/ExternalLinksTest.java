package io.github.aimshandbook.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimshandbook.engine.Fixtures;
import java.io.IOException;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A link out of the handbook gives the page it opens neither a handle on the handbook nor its address. */
class ExternalLinksTest {

    @TempDir
    Path temp;

    @Test
    void links_to_other_sites_from_documents_and_evidence_carry_noopener_noreferrer() throws IOException {
        Path content = Fixtures.copy("small", temp);
        Fixtures.write(content.resolve("policies/ai-policy.md"), Fixtures.read(content.resolve(
                "policies/ai-policy.md")).replace("We use AI responsibly.",
                "We use AI responsibly, see [the regulator](https://regulator.example/ai) and <https://x.example>."));
        Path out = temp.resolve("out");

        Fixtures.build(content, out);

        Document policy = Jsoup.parse(out.resolve("documents/ai-policy.html").toFile(), "UTF-8");
        assertThat(policy.select("a[href^=https://regulator.example], a[href^=https://x.example]")).hasSize(2)
                .allMatch(a -> a.attr("rel").equals("noopener noreferrer"));
        Document evidence = Jsoup.parse(out.resolve("evidence/EV-002.html").toFile(), "UTF-8");
        assertThat(evidence.select("a[href^=https://dashboards.example.com]")).isNotEmpty()
                .allMatch(a -> a.attr("rel").equals("noopener noreferrer"));
    }
}
