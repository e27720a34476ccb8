package io.github.aimshandbook.engine.render;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes a Markdown document through the whole render, web and PDF ({@link RenderFuzzing} holds the invariants):
 * GitHub's extensions, the handbook's references and links, raw HTML, and the nesting that breaks parsers.
 */
class MarkdownRenderFuzzTest {

    @FuzzTest
    @DictionaryEntries({"---\\x0Atitle: t\\x0A---\\x0A", "# ", "> ", ">>>>>>>>", "- ", "1. ", "  - ", "- [ ] ",
        "- [x] ", "[[", "]]", "[[R-001]]", "[[aims-lead|", "[a](", "](../files/flow.svg)", "![x](", "[^1]",
        "[^1]: ", "> [!NOTE]\\x0A", "```\\x0A", "~~~\\x0A", "    ", "| a | b |\\x0A|---|---|\\x0A", "|", ":-:",
        "**", "__", "~~", "`", "<details><summary>", "<script>", "<img src=x onerror=", "javascript:", "<br>",
        "http://", "www.", "[a]: http://x\\x0A", "[a][]", "&amp;", "&#", "\\\\", ":smile:", "\\x0A\\x0A"})
    void any_markdown_document_renders_to_safe_pages_and_a_pdf(byte[] input) {
        RenderFuzzing.render(RenderFuzzing.text(input), "policies/fuzz.md");
    }
}
