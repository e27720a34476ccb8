package io.github.aimshandbook.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimshandbook.engine.Fixtures;
import io.github.aimshandbook.engine.Result;
import io.github.aimshandbook.engine.model.Severity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text outside ASCII (status symbols, accents, CJK) in AsciiDoc table cells, paragraphs and link texts, next to the
 * handbook's link macros, converts in every way the pipeline converts it: the first conversion of a fresh
 * Asciidoctor, many bodies one after another on the conversion thread while Markdown renders in parallel, web and
 * print bodies, and several builds at once. Issue 12: one build failed with "incompatible encoding regexp match
 * (ASCII-8BIT regexp with UTF-8 string)" in sub_macros, from a macro pattern that JRuby compiled as ASCII-8BIT.
 */
class AsciidocEncodingTest {

    static final int DOCUMENTS = 12;

    @TempDir
    Path temp;

    /** A body with every awkward place for a character outside ASCII, beside every link macro. */
    static String body(int n) {
        return "= Statut " + n + " ✅\n:id: statut-" + n + "\n:owner: aims-lead\n\n"
                + "== Übersicht ✅\n\n"
                + "Café ✅ für ref:aims-lead[] über <<_übersicht,Zurück ✅>> und "
                + "xref:risk-procedure.adoc#_steps[Schritte 🟢 手順] — naïve façade, 日本語.\n\n"
                + "[cols=\"1,2,1\",options=\"header\"]\n|===\n|Status |Wer |Link\n"
                + "|✅ Erledigt " + n + " |ref:ceo[Chef ❌] |xref:risk-procedure.adoc[]\n"
                + "|❌ Offen |日本語のセル ref:aims-lead[] |<<risk-procedure.adoc#_steps,Étapes 🟡>>\n"
                + "|🟢 prêt |anchor:grün-" + n + "[]naïve [[straße-" + n + "]]Straße |xref:_übersicht[Oben ✅]\n"
                + "|===\n";
    }

    Path content(String name) {
        Path content = Fixtures.copy("small", temp.resolve(name));
        for (int n = 0; n < DOCUMENTS; n++) {
            Fixtures.write(content.resolve("procedures/statut-" + n + ".adoc"), body(n));
        }
        return content;
    }

    @Test
    void many_bodies_with_symbols_beside_links_build_again_and_again() throws IOException {
        for (int round = 0; round < 3; round++) {
            Path out = temp.resolve("out-" + round);
            Result result = Fixtures.build(content("content-" + round), out);
            assertThat(result.findings()).as("round %d", round)
                    .noneMatch(f -> f.severity() == Severity.ERROR);
            for (int n = 0; n < DOCUMENTS; n++) {
                assertPage(out, n);
            }
            assertPdf(out);
            assertThat(result.findings()).as("CJK has no font in the PDF: a warning where it was written")
                    .anyMatch(f -> f.code().equals(PrintableCharacters.CODE)
                            && f.location().file().equals("procedures/statut-0.adoc") && f.location().line() > 0);
        }
    }

    @Test
    void builds_running_at_the_same_time_each_convert_every_body() {
        List<Path> contents = IntStream.range(0, 3).mapToObj(i -> content("parallel-" + i)).toList();
        List<CompletableFuture<Result>> builds = IntStream.range(0, contents.size())
                .mapToObj(i -> CompletableFuture.supplyAsync(
                        () -> Fixtures.build(contents.get(i), temp.resolve("parallel-out-" + i))))
                .toList();
        for (int i = 0; i < builds.size(); i++) {
            assertThat(builds.get(i).join().findings()).noneMatch(f -> f.severity() == Severity.ERROR);
            for (int n = 0; n < DOCUMENTS; n++) {
                assertPage(temp.resolve("parallel-out-" + i), n);
            }
        }
    }

    /**
     * Some CI runners start the JVM with LANG=C, so that the default charset is US-ASCII (Java 17 takes it from the
     * locale): the handbook still reads its content as UTF-8 and writes every symbol, in a JVM of its own started so.
     */
    @Test
    void a_jvm_whose_default_charset_is_ascii_builds_every_symbol() throws Exception {
        Path content = content("ascii-jvm");
        Path out = temp.resolve("ascii-jvm-out");
        Path log = temp.resolve("ascii-jvm.log");
        ProcessBuilder jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=ANSI_X3.4-1968", "-cp", System.getProperty("java.class.path"),
                AsciiJvm.class.getName(), content.toString(), out.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        jvm.environment().put("LANG", "C");
        jvm.environment().put("LC_ALL", "C");
        Process build = jvm.start();
        assertThat(build.waitFor(5, java.util.concurrent.TimeUnit.MINUTES)).as("the build ends").isTrue();
        String printed = java.nio.file.Files.readString(log, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(build.exitValue()).as(printed).isZero();
        assertThat(printed).as("the JVM really ran with an ASCII default charset").contains("default charset US-ASCII");
        for (int n = 0; n < DOCUMENTS; n++) {
            assertPage(out, n);
        }
        assertPdf(out);
    }

    /** The build of {@link #a_jvm_whose_default_charset_is_ascii_builds_every_symbol}, in its own JVM. */
    public static final class AsciiJvm {

        public static void main(String[] args) {
            System.out.println("default charset " + java.nio.charset.Charset.defaultCharset().name());
            Result result = Fixtures.build(Path.of(args[0]), Path.of(args[1]));
            long errors = result.count(Severity.ERROR);
            System.out.println(errors + " errors");
            System.exit(errors == 0 ? 0 : 1);
        }
    }

    private static void assertPage(Path out, int n) {
        Document page;
        try {
            page = Jsoup.parse(out.resolve("documents/statut-" + n + ".html").toFile(), "UTF-8");
        } catch (IOException e) {
            throw new AssertionError("statut-" + n + " has no page", e);
        }
        String text = page.select("article").text();
        assertThat(text).as("statut-%d", n).contains("Café ✅ für", "naïve façade, 日本語", "✅ Erledigt " + n,
                "❌ Offen", "日本語のセル", "🟢 prêt", "Straße");
        assertThat(page.select("article a[href='../roles.html#role-aims-lead']")).as("ref: beside symbols")
                .hasSize(2);
        assertThat(page.select("article td a[href='../roles.html#role-ceo']").text()).isEqualTo("Chef ❌");
        assertThat(page.select("article a[href$='risk-procedure.html#_steps']").eachText())
                .containsExactly("Schritte 🟢 手順", "Étapes 🟡");
        assertThat(page.select("article a[href='#_übersicht']").eachText()).containsExactly("Zurück ✅", "Oben ✅");
        assertThat(page.select("article [id=grün-" + n + "], article [id=straße-" + n + "]")).hasSize(2);
        assertThat(page.select("article .broken-link, article .broken-ref")).isEmpty();
    }

    private static void assertPdf(Path out) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(out.resolve("handbook.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            for (int n = 0; n < DOCUMENTS; n++) {
                assertThat(text).contains("✅ Erledigt " + n);
            }
            assertThat(text).contains("Chef ❌", "Étapes 🟡", "Café ✅ für", "naïve façade");
        }
    }
}
