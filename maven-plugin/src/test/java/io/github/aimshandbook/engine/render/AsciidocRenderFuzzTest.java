package io.github.aimshandbook.engine.render;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes an AsciiDoc document through the whole render, web and PDF ({@link RenderFuzzing} holds the invariants):
 * blocks, tables, the handbook's macros, includes and passthroughs.
 */
class AsciidocRenderFuzzTest {

    @FuzzTest
    @DictionaryEntries({"= Title\\x0A", ":id: x\\x0A", ":owner: ceo\\x0A", "== ", "* ", "** ", ". ", "====\\x0A",
        "****\\x0A", "____\\x0A", "----\\x0A", "....\\x0A", "--\\x0A", "++++\\x0A", "////\\x0A", "|===\\x0A", "|",
        "[cols=\"1,2\"]\\x0A", "ref:R-001[]", "ref:aims-lead[the lead]", "xref:", "<<", ">>", "[[anchor]]",
        "anchor:x[]", "link:../files/flow.svg[", "image::../files/flow.svg[]", "include::", "pass:[", "+++",
        "<script>", "javascript:", "footnote:[", "NOTE: ", "{user-home}", ":data-uri:\\x0A", "\\x0A\\x0A", "`", "*",
        "_", "#"})
    void any_asciidoc_document_renders_to_safe_pages_and_a_pdf(byte[] input) {
        RenderFuzzing.render(RenderFuzzing.text(input), "policies/fuzz.adoc");
    }
}
