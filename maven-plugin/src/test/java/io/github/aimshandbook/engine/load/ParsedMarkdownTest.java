package io.github.aimshandbook.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.util.ast.Document;
import org.junit.jupiter.api.Test;

/** The render stage gets a tree from the load stage only for the text it renders, and only once. */
class ParsedMarkdownTest {

    @Test
    void hands_out_a_tree_once_and_only_for_the_text_it_was_parsed_from() {
        ParsedMarkdown parsed = new ParsedMarkdown();
        String text = "# Title\n\nSee [[A.2.2]].\n";
        Document tree = MarkdownSyntax.parser().parse(text);
        parsed.put("policies/p.md", text, tree);

        assertThat(parsed.take("policies/p.md", "# Other\n")).isEmpty();
        parsed.put("policies/p.md", text, tree);
        assertThat(parsed.take("policies/p.md", text)).containsSame(tree);
        assertThat(parsed.take("policies/p.md", text)).isEmpty();
    }

    @Test
    void the_load_stage_keeps_the_trees_of_markdown_documents_only_when_asked() {
        java.nio.file.Path root = io.github.aimshandbook.engine.Fixtures.copy("small", temp);
        ParsedMarkdown parsed = new ParsedMarkdown();
        var content = new ContentLoader(ContentTree.walk(root), new io.github.aimshandbook.engine.model.Findings(),
                io.github.aimshandbook.engine.Options.DEFAULT_MAX_ATTACHMENT_SIZE, parsed).load().orElseThrow();
        var policy = content.documents().stream().filter(d -> d.id().equals("ai-policy")).findFirst().orElseThrow();
        var procedure = content.documents().stream().filter(d -> d.id().equals("risk-procedure")).findFirst()
                .orElseThrow();

        assertThat(parsed.take(policy.path(), policy.body())).isPresent();
        assertThat(parsed.take(procedure.path(), procedure.body())).isEmpty(); // AsciiDoc
    }

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path temp;
}
