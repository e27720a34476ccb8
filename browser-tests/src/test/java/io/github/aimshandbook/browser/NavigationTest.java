package io.github.aimshandbook.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A reader finds their way around: the sidebar of the dashboard reaches every section and marks the one shown,
 * and the "Referenced by" list of a page leads to pages that really link back to it.
 */
class NavigationTest extends BrowserSession {

    static final By SIDEBAR_LINKS = By.cssSelector("nav[aria-label='Handbook'] .nav-section > a[href]");
    private static final By BACKLINKS = By.xpath(
            "//*[self::h2 or self::h3][starts-with(normalize-space(), 'Referenced by')]/ancestor::section[1]//li/a[@href]");

    /** The sections of the handbook: its top-level pages and the index page of each folder that has one. */
    private Set<String> sections() {
        return site.pages().stream()
                .filter(p -> !p.equals("404.html"))
                .filter(p -> !p.contains("/") || p.endsWith("/index.html") && p.indexOf('/') == p.lastIndexOf('/'))
                .filter(p -> Files.isRegularFile(site.file(p)))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private String pageOf(String url) {
        String base = server.uri("").toString();
        String path = url.replaceFirst("#.*$", "");
        return path.startsWith(base) ? path.substring(base.length()) : path;
    }

    @Test
    void sidebarOfTheDashboardLinksEverySection() {
        browser.load(server.uri("index.html"));
        Set<String> linked = browser.driver().findElements(SIDEBAR_LINKS).stream()
                .map(a -> pageOf(a.getDomProperty("href"))).collect(Collectors.toCollection(TreeSet::new));
        assertThat(linked).as("pages the sidebar (%s) links", SIDEBAR_LINKS).containsExactlyInAnyOrderElementsOf(sections());
    }

    @Test
    void everySidebarLinkOpensItsSectionAndMarksItCurrent() {
        browser.load(server.uri("index.html"));
        int count = browser.driver().findElements(SIDEBAR_LINKS).size();
        assertThat(count).as("sidebar links on the dashboard").isGreaterThanOrEqualTo(9);
        for (int i = 0; i < count; i++) {
            browser.load(server.uri("index.html"));
            WebElement link = browser.driver().findElements(SIDEBAR_LINKS).get(i);
            String label = link.getText();
            String target = pageOf(link.getDomProperty("href"));
            link.click();
            String shown = pageOf(browser.driver().getCurrentUrl());
            assertThat(shown).as("clicking sidebar link '%s'", label).isEqualTo(target);
            assertThat(browser.driver().findElements(By.tagName("h1")))
                    .as("the page '%s' opens (a heading, not an error page)", label)
                    .singleElement().satisfies(h1 -> assertThat(h1.getText()).isNotBlank());
            List<String> current = browser.driver().findElements(SIDEBAR_LINKS).stream()
                    .filter(a -> "page".equals(a.getDomAttribute("aria-current")))
                    .map(a -> pageOf(a.getDomProperty("href"))).collect(Collectors.toList());
            assertThat(current).as("sidebar links marked aria-current=\"page\" on %s", shown).containsExactly(shown);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"controls/A.6.2.4.html", "documents/ai-policy.html", "risks/R-001.html"})
    void everyBacklinkLeadsToAPageThatLinksBack(String page) {
        browser.load(server.uri(page));
        String self = pageOf(browser.driver().getCurrentUrl());
        List<String> backlinks = browser.driver().findElements(BACKLINKS).stream()
                .map(a -> pageOf(a.getDomProperty("href"))).distinct().collect(Collectors.toList());
        assertThat(backlinks).as("links under 'Referenced by' on %s", page).isNotEmpty();
        for (String from : backlinks) {
            browser.load(server.uri(from));
            List<String> links = browser.driver().findElements(By.cssSelector("main a[href]")).stream()
                    .map(a -> pageOf(a.getDomProperty("href"))).collect(Collectors.toList());
            assertThat(links).as("%s is listed under 'Referenced by' on %s, so its content must link to it", from,
                    page).contains(self);
        }
    }
}
