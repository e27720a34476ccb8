package io.github.aimshandbook.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimshandbook.engine.Options;
import io.github.aimshandbook.engine.Pipeline;
import io.github.aimshandbook.engine.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

    @TempDir
    Path temp;

    @Test
    void generated_markdown_corpus_passes_every_check_without_findings() throws IOException {
        Result result = check(CorpusGenerator.Spec.of(40, 6, 12, 60, "md"));

        assertThat(result.findings()).isEmpty();
        assertThat(result.readiness().gaps()).isEmpty();
        assertThat(result.readiness().applicable()).isEqualTo(37);
    }

    @Test
    void generated_asciidoc_corpus_passes_every_check_without_findings() throws IOException {
        Result result = check(CorpusGenerator.Spec.of(40, 6, 12, 60, "adoc"));

        assertThat(result.findings()).isEmpty();
        assertThat(result.readiness().gaps()).isEmpty();
    }

    @Test
    void same_spec_and_seed_give_identical_files() throws IOException {
        var spec = CorpusGenerator.Spec.of(20, 3, 5, 10, "md");
        new CorpusGenerator(spec, "1").write(temp.resolve("a"));
        new CorpusGenerator(spec, "1").write(temp.resolve("b"));

        assertThat(contents(temp.resolve("b"))).isEqualTo(contents(temp.resolve("a")));
    }

    @Test
    void markdown_and_asciidoc_variants_hold_the_same_words() throws IOException {
        new CorpusGenerator(CorpusGenerator.Spec.of(20, 3, 5, 10, "md"), "1").write(temp.resolve("md"));
        new CorpusGenerator(CorpusGenerator.Spec.of(20, 3, 5, 10, "adoc"), "1").write(temp.resolve("adoc"));

        String md = Files.readString(temp.resolve("md/src/aims/procedures/procedure-0001.md"));
        String adoc = Files.readString(temp.resolve("adoc/src/aims/procedures/procedure-0001.adoc"));
        assertThat(words(adoc)).isEqualTo(words(md));
    }

    @Test
    void documents_have_about_1500_words_with_headings_tables_lists_and_references() throws IOException {
        new CorpusGenerator(CorpusGenerator.Spec.of(20, 3, 5, 10, "md"), "1").write(temp);

        String doc = Files.readString(temp.resolve("src/aims/records/record-0001.md"));
        assertThat(Prose.words(doc.substring(doc.indexOf("\n---\n") + 5))).isBetween(1500, 2100);
        assertThat(doc).contains("\n## ", "\n| Measure | Owner | Evidence | Status |", "\n- ", "\n1. ", "[[A.",
                "[[EV-", "[[sys-");
    }

    @Test
    void mkdocs_nav_lists_every_document() throws IOException {
        new CorpusGenerator(CorpusGenerator.Spec.of(20, 3, 5, 10, "md"), "1").write(temp);

        String yml = Files.readString(temp.resolve("mkdocs/mkdocs.yml"));
        try (Stream<Path> docs = Files.walk(temp.resolve("mkdocs/docs"))) {
            assertThat(docs.filter(p -> p.toString().endsWith(".md")).count()).isEqualTo(21);
        }
        assertThat(yml.lines().filter(l -> l.endsWith(".md")).count()).isEqualTo(21);
    }

    private Result check(CorpusGenerator.Spec spec) throws IOException {
        Path dir = temp.resolve(spec.name());
        new CorpusGenerator(spec, "1").write(dir);
        return new Pipeline().run(Options.builder(dir.resolve("src/aims"), dir.resolve("target/aims"),
                LocalDate.of(2026, 11, 22)).checkOnly().build());
    }

    /** The prose of a document: letters and digits only, markup and ids of references removed. */
    private static String words(String text) {
        String body = text.substring(text.indexOf("\n---\n") + 5);
        return body.replaceAll("\\[\\[[^]|]*\\|?|ref:[^\\[]*\\[|\\]\\]?", " ").replaceAll("cols=\"[^\"]*\"|options=\"header\"", " ")
                .replaceAll("[^A-Za-z0-9]+", " ").replaceAll("\\b(1|2|3|4|5|6)\\b", " ").replaceAll("\\s+", " ").strip();
    }

    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> result = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                result.put(dir.relativize(p).toString(), Files.readString(p));
            }
        }
        return result;
    }
}
