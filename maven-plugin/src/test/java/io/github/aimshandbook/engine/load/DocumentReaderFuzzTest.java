package io.github.aimshandbook.engine.load;

import static io.github.aimshandbook.engine.FuzzChecks.assertFindings;
import static io.github.aimshandbook.engine.FuzzChecks.assertWithin;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.aimshandbook.engine.model.Document;
import io.github.aimshandbook.engine.model.Findings;
import io.github.aimshandbook.engine.model.Location;
import io.github.aimshandbook.engine.model.Ref;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes the front-matter splitter: Markdown front matter between '---' lines and the AsciiDoc header with its
 * attribute entries. Whatever the text, reading ends in a document or in findings, every location (findings,
 * metadata references, in-text references, raw HTML) lies inside the text, and the body is the text after the
 * metadata, never more.
 */
class DocumentReaderFuzzTest {

    @FuzzTest
    @DictionaryEntries({"---\\x0A", "...\\x0A", "= ", ":id: ", ":owner: ", ":controls: ", ":systems: ", ":status: ",
        ":reviewevery: ", ":lastreviewed: ", "// ", "# ", "id: ", "title: ", "owner: ", "controls: [", "approved:",
        "[[", "]]", "ref:", "[]", "include::", "image::", "link:", "xref:", "pass:[", "++++\\x0A", "----\\x0A", "```\\x0A",
        "<script>", "&a ", "*a", "\\x09", "\\x0D\\x0A"})
    void splits_any_document_into_metadata_and_body(byte[] input) {
        if (input.length == 0) {
            return;
        }
        // the first byte picks the format ('a' AsciiDoc, anything else Markdown), the rest is the file
        String path = input[0] == 'a' ? "policies/p.adoc" : "policies/p.md";
        // what SourceReader hands over: no carriage returns, no byte-order mark, no zero byte
        String text = new String(input, 1, input.length - 1, java.nio.charset.StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n')
                .replace("\uFEFF", "").replace("\0", "");
        Findings findings = new Findings();

        var read = new DocumentReader(findings).read(text, path, "policy");

        assertFindings(findings.sorted(), path, text);
        if (read.isEmpty()) {
            if (findings.sorted().isEmpty()) {
                throw new AssertionError("a document was dropped without a finding");
            }
            return;
        }
        Document d = read.get();
        if (d.id() == null || d.title() == null || d.type() == null || d.status() == null) {
            throw new AssertionError("a document without id, title, type or status: " + d);
        }
        if (!text.endsWith(d.body())) {
            throw new AssertionError("the body is not the end of the text");
        }
        int lines = text.split("\n", -1).length;
        if (d.bodyLine() < 1 || d.bodyLine() > lines + 1) {
            throw new AssertionError("the body starts on line " + d.bodyLine() + " of " + lines);
        }
        List<Ref> refs = new ArrayList<>(d.references());
        refs.addAll(d.controls());
        refs.addAll(d.clauses());
        refs.addAll(d.systems());
        if (d.owner() != null) {
            refs.add(d.owner());
        }
        for (Ref r : refs) {
            assertWithin(r.location(), path, text);
        }
        for (Location l : d.rawHtml()) {
            assertWithin(l, path, text);
        }
        d.fileLinks().forEach(l -> assertWithin(l.location(), path, text));
        assertWithin(d.location(), path, text);
    }
}
