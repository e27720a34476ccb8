package io.github.aimshandbook.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimshandbook.engine.Fixtures;
import java.io.IOException;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AsciiDoc text outside ASCII (accents, status emoji) renders, with its references, instead of failing the build. */
class AsciidocUnicodeTest {

    @TempDir
    Path temp;

    @Test
    void accents_and_emoji_beside_references_render() throws IOException {
        Path content = Fixtures.copy("small", temp);
        Fixtures.write(content.resolve("procedures/escalation.adoc"), "= Escalation\n:owner: aims-lead\n\n"
                + "== Niveaux\n\nCafé-Prozess für ref:aims-lead[] über <<_niveaux>>.\n\n"
                + "[cols=\"1,2\",options=\"header\"]\n|===\n|Level |Who\n|🔴 Critical |ref:ceo[] and xref:risk-procedure.adoc[]\n"
                + "|🟢 Minor éref:ceo[] |owner\n|===\n");
        Fixtures.build(content, temp.resolve("out"));

        Document page = Jsoup.parse(temp.resolve("out/documents/escalation.html").toFile(), "UTF-8");
        assertThat(page.select("article").text()).contains("Café-Prozess für", "🔴 Critical", "🟢 Minor");
        assertThat(page.select("article a[href='../roles.html#role-aims-lead']").text()).isEqualTo("AIMS Lead");
        assertThat(page.select("article td a[href='../roles.html#role-ceo']")).hasSize(1);
        assertThat(page.select("article td a[href*=risk-procedure]")).hasSize(1);
        assertThat(page.select("article").text()).as("ref: inside a word is text, also after a letter outside ASCII")
                .contains("éref:ceo[]");
    }
}
