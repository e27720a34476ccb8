package io.github.aimshandbook.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Opens every page of the example handbook in Chromium, served over HTTP and from file://, and checks what a
 * reader would notice: errors in the console, content the Content-Security-Policy blocks, and accessibility
 * (axe-core: no serious or critical violation, in light and dark colour schemes and at phone width).
 *
 * <p>Each page is loaded once per mode in {@link #crawl}; the tests then judge the findings, so that one failure
 * does not hide the others and the whole crawl costs one browser session.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageQualityTest {

    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;

    private Site site;
    private List<String> pages;
    private final Map<String, List<String>> httpConsole = new LinkedHashMap<>();
    private final Map<String, List<String>> fileConsole = new LinkedHashMap<>();
    private final List<Axe.Violation> axeLight = new ArrayList<>();
    private final List<Axe.Violation> axeDark = new ArrayList<>();
    private final List<Axe.Violation> axePhone = new ArrayList<>();
    private final Map<String, String> phoneOverflow = new LinkedHashMap<>();

    @BeforeAll
    void crawl() throws Exception {
        site = Site.fromBuild();
        pages = site.pages();
        Axe axe = new Axe();
        long start = System.nanoTime();
        try (StaticHttpServer server = new StaticHttpServer(site.root()); Browser browser = Browser.start()) {
            for (String page : pages) {
                browser.load(server.uri(page));
                httpConsole.put(page, problems(browser));
                axeLight.addAll(axe.run(browser, page));
            }
            long http = System.nanoTime();
            for (String page : pages) {
                browser.load(site.fileUri(page));
                fileConsole.put(page, problems(browser));
            }
            long file = System.nanoTime();
            browser.colorScheme(true);
            for (String page : Site.MAIN_PAGES) {
                browser.load(server.uri(page));
                axeDark.addAll(axe.run(browser, page));
            }
            browser.desktop();
            browser.viewport(PHONE_WIDTH, PHONE_HEIGHT, true);
            for (String page : Site.MAIN_PAGES) {
                browser.load(server.uri(page));
                axePhone.addAll(axe.run(browser, page));
                long width = ((Number) browser.script("return document.documentElement.scrollWidth;")).longValue();
                if (width > PHONE_WIDTH) {
                    // The innermost elements that stick out: those with no child that sticks out.
                    Object widest = browser.script("var max = " + PHONE_WIDTH + " + 1, out = [];"
                            + "function past(e) { return e.getBoundingClientRect().right > max; }"
                            + "document.querySelectorAll('body *').forEach(function (e) {"
                            + "  if (out.length < 3 && past(e) && !Array.prototype.some.call(e.children, past)) {"
                            + "    out.push(e.tagName.toLowerCase() + (e.className ? '.' + e.className.split(' ').join('.') : '')"
                            + "      + ' \"' + (e.textContent || '').trim().substring(0, 30) + '\" (right edge '"
                            + "      + Math.round(e.getBoundingClientRect().right) + 'px)'); } });"
                            + "return out.join('; ');");
                    phoneOverflow.put(page, width + "px wide; elements past the edge: " + widest);
                }
            }
            browser.desktop();
            System.out.printf("Crawled %d pages: HTTP + axe %.1f s, file:// %.1f s, dark + phone on %d main pages"
                    + " %.1f s%n", pages.size(), (http - start) / 1e9, (file - http) / 1e9, Site.MAIN_PAGES.size(),
                    (System.nanoTime() - file) / 1e9);
        }
    }

    private static List<String> problems(Browser browser) {
        // Chromium's own request for /favicon.ico fails while the pages name no icon, but it is logged at a moment
        // of its own choosing (it would land on a random page, or on none): left out so the check is deterministic.
        List<String> problems = browser.severeConsoleLines().stream()
                .filter(line -> !line.contains("/favicon.ico - Failed to load resource"))
                .collect(Collectors.toCollection(ArrayList::new));
        browser.cspViolations().forEach(v -> problems.add("CSP violation: " + v));
        return problems;
    }

    @Test
    void crawlFoundTheWholeHandbook() {
        // Guards the other tests against passing on an empty or half-generated folder.
        assertThat(pages).as("pages of %s", site.root()).hasSizeGreaterThan(50)
                .contains("index.html", "soa.html", "controls/A.6.2.4.html", "risks/index.html");
    }

    @Test
    void noConsoleErrorsOrCspViolationsOverHttp() {
        assertThat(failing(httpConsole)).withFailMessage(report("served over HTTP", httpConsole)).isEmpty();
    }

    @Test
    void noConsoleErrorsOrCspViolationsFromFile() {
        assertThat(failing(fileConsole)).withFailMessage(report("opened from file://", fileConsole)).isEmpty();
    }

    @Test
    void noSeriousAccessibilityViolationsInLightMode() {
        assertNoBlocking("light colour scheme, desktop, all " + pages.size() + " pages", axeLight);
    }

    @Test
    void noSeriousAccessibilityViolationsInDarkMode() {
        assertNoBlocking("dark colour scheme (prefers-color-scheme: dark), main pages", axeDark);
    }

    @Test
    void noSeriousAccessibilityViolationsAtPhoneWidth() {
        assertNoBlocking("phone viewport " + PHONE_WIDTH + "x" + PHONE_HEIGHT + ", main pages", axePhone);
    }

    @Test
    void mainPagesDoNotScrollSidewaysOnAPhone() {
        assertThat(phoneOverflow)
                .withFailMessage("At %dpx the page itself must not scroll sideways (wide tables may scroll inside their own"
                        + " container). Pages wider than the screen:%s", PHONE_WIDTH,
                        phoneOverflow.entrySet().stream().map(e -> "\n  " + e.getKey() + ": " + e.getValue())
                                .collect(Collectors.joining()))
                .isEmpty();
    }

    private static void assertNoBlocking(String mode, List<Axe.Violation> violations) {
        List<Axe.Violation> blocking = violations.stream().filter(Axe.Violation::blocking)
                .collect(Collectors.toList());
        List<Axe.Violation> minor = violations.stream().filter(v -> !v.blocking()).collect(Collectors.toList());
        assertThat(blocking)
                .withFailMessage("axe-core %s: %d serious or critical violation(s), grouped by rule:%s%s", mode, blocking.size(),
                        Axe.report(blocking),
                        minor.isEmpty() ? "" : "\nAlso (moderate or minor, not failing):" + Axe.report(minor))
                .isEmpty();
    }

    private static Map<String, List<String>> failing(Map<String, List<String>> byPage) {
        return byPage.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    private String report(String how, Map<String, List<String>> byPage) {
        Map<String, List<String>> failing = failing(byPage);
        // Group pages by the same message so that one template bug reads as one line, not a hundred.
        Map<String, List<String>> pagesByMessage = new LinkedHashMap<>();
        failing.forEach((page, messages) -> messages.forEach(m -> pagesByMessage
                .computeIfAbsent(m.replaceAll("(file|http)://[^ ]*?/aims/|http://127\\.0\\.0\\.1:\\d+/", ""),
                        k -> new ArrayList<>()).add(page)));
        return failing.size() + " of " + byPage.size() + " pages " + how
                + " have console errors (level SEVERE) or Content-Security-Policy violations:"
                + pagesByMessage.entrySet().stream()
                        .map(e -> "\n  " + e.getKey() + "\n    on " + e.getValue().size() + " page(s): "
                                + String.join(", ", e.getValue().subList(0, Math.min(8, e.getValue().size())))
                                + (e.getValue().size() > 8 ? ", ..." : ""))
                        .collect(Collectors.joining());
    }
}
