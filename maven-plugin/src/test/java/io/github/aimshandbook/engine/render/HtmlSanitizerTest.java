package io.github.aimshandbook.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlSanitizerTest {

    private final HtmlSanitizer sanitizer = new HtmlSanitizer(false);

    @Test
    void removes_script_event_handlers_frames_and_styles() {
        String clean = sanitizer.clean("<p onclick=\"steal()\">Hi<script>steal()</script></p>"
                + "<iframe src=\"https://evil.example\"></iframe><object data=\"x\"></object>"
                + "<style>body{display:none}</style><img src=\"x.png\" onerror=\"steal()\">", false);

        assertThat(clean).isEqualTo("<p>Hi</p><img src=\"x.png\">");
    }

    @Test
    void removes_javascript_and_data_urls_but_keeps_web_relative_and_reference_links() {
        String clean = sanitizer.clean("<a href=\"javascript:alert(1)\">a</a><a href=\"data:text/html,x\">b</a>"
                + "<a href=\"https://example.com/x\">c</a><a href=\"../policies/p.md#scope\">d</a>"
                + "<a href=\"aims-ref:A.2.2\">e</a><a href=\"#local\">f</a><img src=\"data:image/png;base64,AA\">", false);

        assertThat(clean).isEqualTo("<a>a</a><a>b</a><a href=\"https://example.com/x\" rel=\"noopener noreferrer\">c</a>"
                + "<a href=\"../policies/p.md#scope\">d</a><a href=\"aims-ref:A.2.2\">e</a><a href=\"#local\">f</a><img>");
    }

    @Test
    void keeps_what_markdown_and_asciidoc_produce() {
        String html = "<div class=\"sect1\"><h2 id=\"purpose\">Purpose</h2><table class=\"table\"><thead><tr>"
                + "<th>A</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table><ul><li><input type=\"checkbox\""
                + " checked disabled> done</li></ul><pre><code class=\"language-yaml\">a: 1</code></pre></div>";

        assertThat(sanitizer.clean(html, false)).isEqualTo(html);
    }

    @Test
    void keeps_everything_when_raw_html_is_allowed() {
        assertThat(new HtmlSanitizer(true).clean("<p onclick=\"x()\">Hi</p>", false)).isEqualTo("<p onclick=\"x()\">Hi</p>");
    }
}
