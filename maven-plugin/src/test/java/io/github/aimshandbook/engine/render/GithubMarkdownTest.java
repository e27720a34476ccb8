package io.github.aimshandbook.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimshandbook.engine.markup.MarkdownSyntax;
import org.junit.jupiter.api.Test;

/** What GitHub shows beyond the GFM spec (footnotes, alerts, emoji shortcodes, heading ids), rendered the same. */
class GithubMarkdownTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final HtmlSanitizer sanitizer = new HtmlSanitizer(false);

    private String body(String markup) {
        return sanitizer.clean(markdown.documentBody(io.github.aimshandbook.engine.markup.MarkdownSyntax.parser()
                .parse(markup), null), false);
    }

    @Test
    void a_table_right_after_a_paragraph_line_is_a_table_and_the_line_stays_a_paragraph() {
        String html = body("Status of the controls:\n| Control | Status |\n|---|:-:|\n| A.2.2 | :white_check_mark: |\n");

        assertThat(html).isEqualTo("<p>Status of the controls:</p>\n<table class=\"table\">\n<thead>\n<tr><th>Control</th>"
                + "<th class=\"align-center\">Status</th></tr>\n</thead>\n<tbody>\n<tr><td>A.2.2</td><td class=\"align-center\">"
                + "\u2705</td></tr>\n</tbody>\n</table>\n");
    }

    @Test
    void footnotes_link_to_their_note_and_back() {
        String html = body("Risks are reviewed yearly.[^1]\n\n[^1]: Clause 6.1.2 asks for planned intervals.\n");

        assertThat(html).contains("<sup id=\"fnref-1\"><a class=\"footnote-ref\" href=\"#fn-1\">1</a></sup>")
                .contains("<li id=\"fn-1\">")
                .contains("Clause 6.1.2 asks for planned intervals.")
                .contains("<p>Clause 6.1.2 asks for planned intervals. <a href=\"#fnref-1\" class=\"footnote-backref\">");
    }

    @Test
    void each_github_alert_is_a_titled_callout_and_other_quotes_stay_quotes() {
        for (String type : new String[] {"NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION"}) {
            String name = type.charAt(0) + type.substring(1).toLowerCase();
            String html = body("> [!" + type + "]\n> Evidence older than a year **does not count**.\n");

            assertThat(html).as(type).isEqualTo("<div class=\"markdown-alert markdown-alert-" + type.toLowerCase()
                    + "\">\n<p class=\"markdown-alert-title\">" + name + "</p>\n<p>Evidence older than a year"
                    + " <strong>does not count</strong>.</p>\n</div>\n");
        }
        assertThat(body("> [!note]\n>\n> Lower case works too.\n")).contains("markdown-alert-note")
                .doesNotContain("[!note]");
        assertThat(body("> [!NOTICE]\n> Not a type GitHub knows.\n")).startsWith("<blockquote>")
                .contains("[!NOTICE]");
        assertThat(body("> A quote [!NOTE]\n")).startsWith("<blockquote>");
    }

    @Test
    void emoji_shortcodes_become_the_characters_and_unknown_ones_stay_text() {
        assertThat(body(":white_check_mark: done, :x: missing, :warning: late, :red_circle: :no_such_emoji:\n"))
                .isEqualTo("<p>\u2705 done, \u274c missing, \u26a0 late, \ud83d\udd34 :no_such_emoji:</p>\n");
    }

    @Test
    void heading_ids_are_the_ones_github_gives() {
        String html = body("# Policy\n\n## Policy\n\n## Scope & Purpose\n\n## Roles_and responsibilities (RACI)\n\n"
                + "## Überprüfung der Risiken\n\n## ✅ Done\n\n## Policy\n\n## `aims.yaml` keys\n\n"
                + "## :white_check_mark: Shortcode\n\n## Trailing *emphasis*\n\n## Closed heading ##\n");

        assertThat(html).contains("<h2 id=\"policy-1\">Policy</h2>")
                .contains("<h2 id=\"scope--purpose\">")
                .contains("<h2 id=\"roles_and-responsibilities-raci\">")
                .contains("<h2 id=\"überprüfung-der-risiken\">")
                .contains("<h2 id=\"-done\">")
                .contains("<h2 id=\"policy-2\">")
                .contains("<h2 id=\"aimsyaml-keys\">")
                .contains("<h2 id=\"-shortcode\">")
                .contains("<h2 id=\"trailing-emphasis\">")
                .contains("<h2 id=\"closed-heading\">");
    }

    @Test
    void task_lists_keep_their_boxes_through_the_sanitizer_each_named_by_its_task() {
        assertThat(body("- [x] Policy approved\n- [ ] Impact assessment\n"))
                .contains("<li class=\"task-list-item\"><input type=\"checkbox\" checked disabled aria-label=\"Policy"
                        + " approved\"> Policy approved</li>")
                .contains("<li class=\"task-list-item\"><input type=\"checkbox\" disabled aria-label=\"Impact"
                        + " assessment\"> Impact assessment</li>");
        assertThat(body("- [ ] Loose item\n\n- [x] with a paragraph\n")).contains("aria-label=\"with a paragraph\"");
    }

    @Test
    void a_scheme_with_nothing_after_it_stays_text() {
        assertThat(body("See http://")).isEqualTo("<p>See http://</p>\n");
    }
}
