package io.github.aimshandbook.engine.markup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SafeSvgTest {

    private static SafeSvg.Outcome clean(String svg) {
        return SafeSvg.clean(svg.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(SafeSvg.Outcome outcome) {
        assertThat(outcome.refused()).as(outcome.problem()).isFalse();
        return new String(outcome.svg(), StandardCharsets.UTF_8);
    }

    @Test
    void keeps_a_drawing_as_it_is_drawn() {
        String svg = text(clean("""
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">
                  <defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs>
                  <rect width="10" height="10" fill="url(#g)" style="stroke: #000; stroke-width: 1"/>
                  <use xlink:href="#g"/>
                  <text x="1" y="5">Risk &amp; flow</text>
                </svg>"""));

        assertThat(svg).contains("<linearGradient id=\"g\">", "fill=\"url(#g)\"", "style=\"stroke: #000;",
                "xlink:href=\"#g\"", ">Risk &amp; flow</text>", "viewBox=\"0 0 10 10\"");
        assertThat(clean(svg).removed()).isEmpty();
    }

    @Test
    void removes_script_event_handlers_and_foreign_object_and_says_where_each_was() {
        SafeSvg.Outcome outcome = clean("""
                <svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">
                <script>alert(2)</script>
                <rect width="5" height="5" onclick="alert(3)"/>
                <foreignObject><div xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="alert(4)"/></div>
                </foreignObject>
                <a href="javascript:alert(5)"><text>go</text></a>
                <animate attributeName="href" to="javascript:alert(6)"/>
                <image href="https://tracker.example/pixel.png"/>
                <use href="other.svg#part"/>
                <style>@import url(https://evil.example/x.css); rect { fill: red }</style>
                </svg>""");
        String svg = text(outcome);

        assertThat(svg).doesNotContain("alert", "script", "onload", "onclick", "foreignObject", "onerror",
                "javascript", "animate", "tracker", "other.svg", "@import").contains("<rect", "<text>go</text>");
        assertThat(outcome.removed()).extracting(r -> r.line() + ": " + r.what()).containsExactly(
                "1: the attribute onload= of <svg>",
                "2: the element <script>",
                "3: the attribute onclick= of <rect>",
                "4: the element <foreignObject>",
                "6: the reference href=\"javascript:alert(5)\" of <a>",
                "7: the element <animate>",
                "8: the reference href=\"https://tracker.example/pixel.png\" of <image>",
                "9: the reference href=\"other.svg#part\" of <use>",
                "10: the content of <style> (it loads a file or holds CSS escapes)");
    }

    @Test
    void keeps_links_to_web_pages_and_embedded_raster_images() {
        String svg = text(clean("<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"https://example.org/\">"
                + "<text>x</text></a><image href=\"data:image/png;base64,iVBORw0KGgo=\"/></svg>"));

        assertThat(svg).contains("href=\"https://example.org/\"", "href=\"data:image/png;base64,iVBORw0KGgo=\"");
    }

    @Test
    void drops_an_editors_own_elements_and_attributes_without_a_word() {
        SafeSvg.Outcome outcome = clean("""
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"
                     xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd">
                  <sodipodi:namedview pagecolor="#fff"/>
                  <metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></metadata>
                  <g inkscape:label="Layer 1"><path d="M0 0L1 1"/></g>
                </svg>""");

        assertThat(outcome.removed()).isEmpty();
        assertThat(text(outcome)).contains("<g><path d=\"M0 0L1 1\"></path></g>").doesNotContain("inkscape",
                "sodipodi", "rdf");
    }

    @Test
    void never_reads_an_external_entity_or_a_stylesheet_instruction() {
        SafeSvg.Outcome entity = clean("""
                <?xml version="1.0"?>
                <!DOCTYPE svg [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <svg xmlns="http://www.w3.org/2000/svg"><text>&secret;</text></svg>""");
        SafeSvg.Outcome stylesheet = clean("""
                <?xml-stylesheet type="text/xsl" href="evil.xsl"?>
                <svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>""");

        assertThat(entity.svg() == null ? entity.problem() : new String(entity.svg(), StandardCharsets.UTF_8))
                .doesNotContain("root:");
        assertThat(text(stylesheet)).doesNotContain("xml-stylesheet", "evil");
        assertThat(stylesheet.removed()).extracting(SafeSvg.Removed::line).containsExactly(1);
    }

    @Test
    void refuses_a_file_that_is_not_an_svg_image_with_the_line_and_column() {
        SafeSvg.Outcome broken = clean("<svg xmlns=\"http://www.w3.org/2000/svg\">\n<rect>\n</svg>");
        SafeSvg.Outcome html = clean("<html xmlns=\"http://www.w3.org/1999/xhtml\"><script>alert(1)</script></html>");

        assertThat(broken.refused()).isTrue();
        assertThat(broken.line()).isEqualTo(3);
        assertThat(broken.problem()).isNotBlank();
        assertThat(html.refused()).isTrue();
        assertThat(html.problem()).contains("not an SVG image", "<html>");
    }

    @Test
    void the_same_file_gives_the_same_bytes() {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" b=\"1\" width=\"2\" height=\"3\"><rect x=\"1\"/></svg>";

        assertThat(clean(svg).svg()).isEqualTo(clean(svg).svg());
    }

    @Test
    void a_diagram_tools_label_keeps_its_text_fallback_when_its_html_label_goes() {
        SafeSvg.Outcome outcome = clean("""
                <svg xmlns="http://www.w3.org/2000/svg" content="&lt;mxfile&gt;" pointer-events="none">
                <switch><foreignObject requiredFeatures="http://www.w3.org/TR/SVG11/feature#Extensibility">
                <div xmlns="http://www.w3.org/1999/xhtml">Risk owner</div></foreignObject>
                <text x="5" y="10" font-family="Helvetica">Risk owner</text></switch>
                </svg>""");

        assertThat(text(outcome)).contains("<switch>", "<text x=\"5\" y=\"10\" font-family=\"Helvetica\">Risk"
                + " owner</text>", "pointer-events=\"none\"").doesNotContain("div", "mxfile");
        assertThat(outcome.removed()).extracting(SafeSvg.Removed::what).containsExactly(
                "the attribute content= of <svg>", "the element <foreignObject>");
    }
}
