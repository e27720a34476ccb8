package io.github.aimshandbook.browser;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * One browser and one local web server over the generated example handbook, shared by the tests of a class: starting
 * Chromium per test would cost more than the tests themselves.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserSession {

    protected Site site;
    protected StaticHttpServer server;
    protected Browser browser;

    @BeforeAll
    void start() throws IOException {
        site = handbook();
        server = new StaticHttpServer(site.root());
        browser = Browser.start();
    }

    /** The handbook to serve: the one site-example generated, unless a test builds its own. */
    Site handbook() throws IOException {
        return Site.fromBuild();
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
}
