package io.github.aimshandbook.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The Content-Security-Policy {@code <meta>} of the generated pages stops injected script in a real browser: a
 * copy of the dashboard with an inline {@code <script>} and an {@code onclick} handler runs neither, and Chromium
 * reports the violations. A second copy without the policy runs both, which shows that the probe would notice.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CspTest {

    private static final String INJECTED = "<script>window.__aimsInlineRan = true;</script>\n"
            + "<button type=\"button\" id=\"csp-probe\" onclick=\"window.__aimsOnclickRan = true\">Probe</button>\n";

    private Path copy;

    private StaticHttpServer server;
    private Browser browser;

    @BeforeAll
    void copySiteAndInject(@TempDir Path dir) throws IOException {
        copy = dir;
        Site site = Site.fromBuild();
        try (Stream<Path> files = Files.walk(site.root())) {
            for (Path from : (Iterable<Path>) files::iterator) {
                Path to = copy.resolve(site.root().relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        String dashboard = Files.readString(copy.resolve("index.html"), StandardCharsets.UTF_8);
        assertThat(dashboard).as("the dashboard declares its CSP in a <meta>")
                .containsPattern("<meta http-equiv=\"Content-Security-Policy\" content=\"[^\"]*script-src 'self'");
        String probe = dashboard.replaceFirst("<main([^>]*)>", "<main$1>\n" + INJECTED);
        assertThat(probe).contains("csp-probe");
        Files.writeString(copy.resolve("csp-probe.html"), probe, StandardCharsets.UTF_8);
        Files.writeString(copy.resolve("csp-control.html"),
                probe.replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", ""), StandardCharsets.UTF_8);
        server = new StaticHttpServer(copy);
        browser = Browser.start();
    }

    @AfterAll
    void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void injectedInlineScriptAndHandlerAreBlockedOverHttp() {
        assertBlocked(server::uri);
    }

    @Test
    void injectedInlineScriptAndHandlerAreBlockedFromFile() {
        assertBlocked(page -> copy.resolve(page).toUri());
    }

    @Test
    void withoutThePolicyTheSameInjectionRuns() {
        browser.load(server.uri("csp-control.html"));
        browser.driver().findElement(By.id("csp-probe")).click();
        assertThat(browser.script("return [window.__aimsInlineRan === true, window.__aimsOnclickRan === true];"))
                .as("inline script and onclick ran on the copy without a CSP (otherwise the probe proves nothing)")
                .isEqualTo(List.of(true, true));
        assertThat(browser.cspViolations()).isEmpty();
    }

    private void assertBlocked(Function<String, URI> where) {
        browser.load(where.apply("csp-probe.html"));
        browser.driver().findElement(By.id("csp-probe")).click();
        assertThat(browser.script("return window.__aimsInlineRan === true;"))
                .as("the injected inline <script> must not run under the page's CSP").isEqualTo(false);
        assertThat(browser.script("return window.__aimsOnclickRan === true;"))
                .as("the injected onclick handler must not run under the page's CSP").isEqualTo(false);
        List<String> violations = browser.cspViolations();
        assertThat(violations).as("securitypolicyviolation events")
                .anySatisfy(v -> assertThat(v).startsWith("script-src-elem blocked inline"))
                .anySatisfy(v -> assertThat(v).startsWith("script-src-attr blocked inline"));
        assertThat(browser.severeConsoleLines()).as("console")
                .anySatisfy(line -> assertThat(line).contains("Content Security Policy"));
    }
}
