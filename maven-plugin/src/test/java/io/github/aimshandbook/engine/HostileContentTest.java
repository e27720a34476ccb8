package io.github.aimshandbook.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimshandbook.engine.model.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two documents of issue 20 and the attachments a browser would run, through a whole build as users run it:
 * each gives its finding with file and line, the build's other findings are all still reported, and nothing that runs
 * script is published.
 */
class HostileContentTest {

    @TempDir
    Path temp;

    private static final String FRONT = "---\ntitle: %s\nowner: ceo\n---\n";

    private Path hostile() {
        Path root = Fixtures.copy("small", temp);
        Fixtures.write(root.resolve("policies/quotes.md"), FRONT.formatted("Quotes") + ">".repeat(20_000) + " x\n");
        Fixtures.write(root.resolve("policies/brackets.md"), FRONT.formatted("Brackets") + "[".repeat(50_000) + "\n");
        // a normal document with a normal mistake: its finding must still be reported
        Fixtures.write(root.resolve("policies/normal.md"), FRONT.formatted("Normal") + "See [[R-404]].\n");
        return root;
    }

    private static List<String> codes(Result result, String... codes) {
        return result.findings().stream().filter(f -> List.of(codes).contains(f.code()))
                .map(f -> f.format("")).toList();
    }

    @Test
    void the_two_documents_of_the_issue_give_findings_and_every_other_finding_is_still_reported() {
        Path root = hostile();
        Path out = temp.resolve("out");

        Result result = new Pipeline().run(Options.builder(root, out, Fixtures.TODAY).build());

        assertThat(codes(result, "markup-limit", "unresolved-reference")).satisfiesExactly(
                f -> assertThat(f).startsWith("policies/brackets.md:5:33: error:").contains("brackets"),
                f -> assertThat(f).startsWith("policies/normal.md:5:5: error:").contains("R-404"),
                f -> assertThat(f).startsWith("policies/quotes.md:5:33: error:").contains("nesting"));
        assertThat(result.findings()).extracting(Finding::code).contains("control-gap");
        assertThat(result.filesWritten()).isZero();
        assertThat(out).doesNotExist();
    }

    @Test
    void with_write_with_errors_the_handbook_has_every_page_and_the_pdf() {
        Path root = hostile();
        Path out = temp.resolve("out");

        Result result = new Pipeline().run(Options.builder(root, out, Fixtures.TODAY).writeWithErrors(true).build());

        assertThat(codes(result, "markup-limit")).hasSize(2);
        assertThat(codes(result, "unrenderable-document", "unreadable-content")).isEmpty();
        assertThat(out.resolve("handbook.pdf")).exists();
        String normal = Fixtures.read(out.resolve("documents/normal.html"));
        String quotes = Fixtures.read(out.resolve("documents/quotes.html"));
        assertThat(normal).contains("Normal");
        assertThat(quotes).contains("Quotes").doesNotContain("&gt;&gt;&gt;");
        assertThat(Fixtures.read(out.resolve("aims-report.json"))).contains("markup-limit", "R-404");
    }

    @Test
    void an_svg_attachment_is_published_without_its_script_and_an_html_attachment_is_refused() throws Exception {
        Path root = Fixtures.copy("small", temp);
        Fixtures.write(root.resolve("files/diagram.svg"), """
                <svg xmlns="http://www.w3.org/2000/svg" width="40" height="40" onload="alert(1)">
                  <script>alert(document.domain)</script>
                  <foreignObject width="40" height="40"><body xmlns="http://www.w3.org/1999/xhtml">
                    <img src="x" onerror="alert(2)"/></body></foreignObject>
                  <rect width="40" height="40" fill="#0a0" onclick="alert(3)"/>
                </svg>
                """);
        Fixtures.write(root.resolve("files/page.html"), "<script>alert(1)</script>");
        Fixtures.write(root.resolve("files/notes.xml"), "<?xml-stylesheet href=\"x.xsl\"?><a/>");
        Fixtures.write(root.resolve("files/data.xml"), "<results><case name=\"a\"/></results>");
        Path out = temp.resolve("out");
        Options.Builder options = Options.builder(root, out, Fixtures.TODAY).pdf(false);

        Result refused = new Pipeline().run(options.build());
        Result written = new Pipeline().run(options.writeWithErrors(true).build());

        assertThat(codes(refused, "svg-content-removed", "active-attachment")).satisfiesExactly(
                f -> assertThat(f).startsWith("files/diagram.svg:1:").contains("warning", "onload=", "<script>",
                        "<foreignObject>", "onclick="),
                f -> assertThat(f).startsWith("files/notes.xml: error:").contains("<?xml-stylesheet"),
                f -> assertThat(f).startsWith("files/page.html: error:").contains("A browser runs .html files",
                        "allowActiveAttachments"));
        assertThat(refused.filesWritten()).isZero();
        assertThat(codes(written, "active-attachment")).hasSize(2);
        String svg = Files.readString(out.resolve("files/diagram.svg"));
        assertThat(svg).contains("<rect", "fill=\"#0a0\"").doesNotContain("alert", "script", "foreignObject",
                "onload", "onclick", "onerror");
        assertThat(out.resolve("files/page.html")).doesNotExist();
        assertThat(out.resolve("files/notes.xml")).doesNotExist();
        assertThat(out.resolve("files/data.xml")).exists();
    }

    @Test
    void allow_active_attachments_publishes_them_as_they_are() throws Exception {
        Path root = Fixtures.copy("small", temp);
        String script = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>";
        Fixtures.write(root.resolve("files/diagram.svg"), script);
        Fixtures.write(root.resolve("files/page.html"), "<p>trusted</p>");
        Path out = temp.resolve("out");

        Result result = new Pipeline().run(Options.builder(root, out, Fixtures.TODAY).pdf(false)
                .allowActiveAttachments(true).build());

        assertThat(codes(result, "svg-content-removed", "active-attachment", "unsafe-svg")).isEmpty();
        assertThat(Files.readString(out.resolve("files/diagram.svg"))).isEqualTo(script);
        assertThat(out.resolve("files/page.html")).exists();
    }
}
