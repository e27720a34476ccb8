package io.github.aimshandbook.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimshandbook.engine.Options;
import io.github.aimshandbook.engine.Pipeline;
import io.github.aimshandbook.engine.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * An SVG file opened on its own runs its script in the handbook's origin, out of reach of the pages'
 * Content-Security-Policy. The example content, with a hostile diagram added (a script element, an onload handler, a
 * foreignObject with an image whose onerror runs), is built by the engine as aims:handbook builds it; Chromium then
 * opens every SVG of the published handbook, as a reader following its link would, and none runs anything. The
 * hostile file as it was written, opened the same way, does run: the probe would notice.
 */
class SvgScriptTest extends BrowserSession {

    private static final String HOSTILE = """
            <svg xmlns="http://www.w3.org/2000/svg" width="200" height="80"
                 onload="window.__aimsSvgRan = (window.__aimsSvgRan || []).concat('onload')">
              <script>window.__aimsSvgRan = (window.__aimsSvgRan || []).concat('script');</script>
              <foreignObject width="200" height="40">
                <img xmlns="http://www.w3.org/1999/xhtml" src="missing.png"
                     onerror="window.__aimsSvgRan = (window.__aimsSvgRan || []).concat('onerror')"/>
              </foreignObject>
              <rect y="40" width="200" height="40" fill="#2a6"/>
            </svg>
            """;

    private Path published;

    @Override
    Site handbook() throws IOException {
        Path dir = Files.createTempDirectory("aims-svg-script");
        Path content = dir.resolve("content");
        Path example = Path.of("..", "site-example", "src", "aims").toAbsolutePath().normalize();
        try (Stream<Path> files = Files.walk(example)) {
            for (Path from : (Iterable<Path>) files::iterator) {
                Path to = content.resolve(example.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        Files.writeString(content.resolve("files/hostile-diagram.svg"), HOSTILE);
        published = dir.resolve("handbook");
        Result result = new Pipeline().run(Options.builder(content, published, LocalDate.of(2026, 11, 22))
                .pdf(false).build());
        assertThat(result.findings()).filteredOn(f -> f.code().equals("svg-content-removed"))
                .extracting(f -> f.location().file()).containsExactly("files/hostile-diagram.svg");
        assertThat(result.filesWritten()).as("the handbook was written").isPositive();
        Files.writeString(published.resolve("as-written.svg"), HOSTILE);
        return new Site(published);
    }

    private List<String> svgs() throws IOException {
        try (Stream<Path> files = Files.walk(published)) {
            return files.filter(p -> p.toString().endsWith(".svg")).map(p -> published.relativize(p).toString()
                    .replace('\\', '/')).filter(p -> !p.equals("as-written.svg")).sorted().toList();
        }
    }

    /** What ran in the SVG at {@code path} once it loaded and its broken image had time to fail. */
    private Object ran(String path) throws InterruptedException {
        browser.load(server.uri(path));
        Thread.sleep(300);
        return browser.script("return window.__aimsSvgRan || null;");
    }

    @Test
    void no_published_svg_runs_script_when_opened_on_its_own() throws Exception {
        List<String> svgs = svgs();

        assertThat(svgs).contains("files/hostile-diagram.svg", "files/risk-process.svg");
        for (String svg : svgs) {
            assertThat(ran(svg)).as("script that ran in %s", svg).isNull();
        }
    }

    @Test
    void the_hostile_file_as_written_does_run_so_the_probe_would_notice() throws Exception {
        assertThat(ran("as-written.svg")).asString().contains("script", "onload");
    }
}
