package io.github.aimshandbook.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.text.Collator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The handbook's interactive features, as a reader uses them: search, sortable tables, the filters of the risk
 * register and the nonconformity register, breadcrumbs and previous/next links.
 *
 * <p>The contract they check (implemented by templates/.../assets/aims.js):
 * <ul>
 *   <li>every page has {@code <input type="search" id="search-input">}; typing lists results in
 *   {@code <ul id="search-results">} as {@code <li role="option" data-href>} (other li, e.g. a message, may be
 *   there too); ArrowDown from the box selects the first result,
 *   ArrowDown/ArrowUp move the selection ({@code aria-selected="true"} on the li), Enter opens the selected
 *   result;</li>
 *   <li>a {@code table.sortable} has a {@code <button>} in each sortable {@code <th>}; the first click sorts the
 *   rows ascending by that column, the second descending, and the th gets {@code aria-sort};</li>
 *   <li>risks/index.html has {@code <form class="table-filter" data-table="TABLE-ID">} with selects named status,
 *   owner, category and system; rows carry data-status, data-owner, data-category and data-systems (ids separated
 *   by spaces); choosing a value hides the other rows and {@code <output class="filter-count">} gives the number
 *   of rows shown;</li>
 *   <li>nonconformities/index.html has the same form for {@code #nonconformity-table}, with selects named kind,
 *   status and owner and the checkbox {@code overdue} (rows carry data-kind, data-status, data-owner and
 *   data-overdue="yes|no");</li>
 *   <li>{@code <nav aria-label="Breadcrumb">} holds an {@code <ol>}; {@code <nav aria-label="Previous and next">}
 *   holds {@code a[rel=prev]} and {@code a[rel=next]}, which walk the reading order from the dashboard.</li>
 * </ul>
 * Run them alone with {@code mvn -B verify -pl browser-tests -am -Dtest=InteractionTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class InteractionTest extends BrowserSession {

    /** A word that occurs only in the body of one example document (procedures/ai-system-lifecycle.adoc). */
    private static final String BODY_WORD = "monotonicity";
    private static final String BODY_WORD_PAGE = "documents/ai-system-lifecycle.html";

    private static final By SEARCH_INPUT = By.cssSelector("input[type=search]#search-input");
    /**
     * Result items: the options that lead to a page (an li with a message such as "Nothing found" is not one). They
     * hold no link of their own, since a link inside an option is a nested control; a click or Enter opens them.
     */
    private static final By SEARCH_RESULTS = By.cssSelector("ul#search-results > li[role=option][data-href]");
    private static final By BREADCRUMB = By.cssSelector("nav[aria-label='Breadcrumb'] ol > li");
    private static final By NEXT = By.cssSelector("nav[aria-label='Previous and next'] a[rel~=next]");
    private static final By PREV = By.cssSelector("nav[aria-label='Previous and next'] a[rel~=prev]");

    private WebDriverWait await() {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(5));
    }

    private String current() {
        return browser.driver().getCurrentUrl().replaceFirst("#.*$", "");
    }

    // ---- search ----

    @Test
    void searchFindsAControlByIdAndKeysOpenItOverHttp() {
        searchFindsAControlById(server::uri);
    }

    @Test
    void searchFindsAControlByIdAndKeysOpenItFromFile() {
        searchFindsAControlById(site::fileUri);
    }

    @Test
    void searchFindsADocumentByAWordInItsBodyOverHttp() {
        searchFindsADocumentByBodyWord(server::uri);
    }

    @Test
    void searchFindsADocumentByAWordInItsBodyFromFile() {
        searchFindsADocumentByBodyWord(site::fileUri);
    }

    private List<WebElement> search(Function<String, URI> where, String page, String query) {
        browser.load(where.apply(page));
        List<WebElement> inputs = browser.driver().findElements(SEARCH_INPUT);
        assertThat(inputs).as("<input type=\"search\" id=\"search-input\"> on %s", page).hasSize(1);
        inputs.get(0).sendKeys(query);
        try {
            await().until(ExpectedConditions.numberOfElementsToBeMoreThan(SEARCH_RESULTS, 0));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Typing '" + query + "' into the search box of " + page + " (" + where.apply(page)
                    + ") listed no result (li with a link) in ul#search-results within 5 s. The list: "
                    + browser.script("var u = document.getElementById('search-results');"
                            + " return u ? u.outerHTML.substring(0, 600) : 'missing';")
                    + "; console: " + browser.severeConsoleLines(), e);
        }
        return browser.driver().findElements(SEARCH_RESULTS);
    }

    private String href(WebElement li) {
        return (String) browser.script("return new URL(arguments[0].getAttribute('data-href'), document.baseURI).href;",
                li);
    }

    private void searchFindsAControlById(Function<String, URI> where) {
        List<WebElement> results = search(where, "documents/ai-policy.html", "A.6.2.4");
        assertThat(href(results.get(0))).as("first result for 'A.6.2.4'").endsWith("/controls/A.6.2.4.html");
        WebElement input = browser.driver().findElement(SEARCH_INPUT);
        input.sendKeys(Keys.ARROW_DOWN);
        assertThat(selected()).as("selected results after ArrowDown").containsExactly(0);
        if (results.size() > 1) {
            input.sendKeys(Keys.ARROW_DOWN);
            assertThat(selected()).as("selected results after ArrowDown twice").containsExactly(1);
            input.sendKeys(Keys.ARROW_UP);
            assertThat(selected()).as("selected results after ArrowDown twice and ArrowUp").containsExactly(0);
        }
        input.sendKeys(Keys.ENTER);
        await().until(d -> current().endsWith("/controls/A.6.2.4.html"));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).contains("A.6.2.4");
    }

    private List<Integer> selected() {
        List<WebElement> items = browser.driver().findElements(SEARCH_RESULTS);
        List<Integer> selected = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if ("true".equals(items.get(i).getDomAttribute("aria-selected"))) {
                selected.add(i);
            }
        }
        return selected;
    }

    private void searchFindsADocumentByBodyWord(Function<String, URI> where) {
        // From a page in a subfolder, so that the result links must be relative to it.
        List<WebElement> results = search(where, "controls/A.2.2.html", BODY_WORD);
        List<String> hrefs = results.stream().map(this::href).collect(Collectors.toList());
        assertThat(hrefs).as("results for '%s', a word only in the body of %s", BODY_WORD, BODY_WORD_PAGE)
                .anySatisfy(h -> assertThat(h).endsWith("/" + BODY_WORD_PAGE));
        WebElement result = results.stream().filter(li -> href(li).endsWith("/" + BODY_WORD_PAGE)).findFirst()
                .orElseThrow();
        result.click();
        await().until(d -> current().endsWith("/" + BODY_WORD_PAGE));
        assertThat(browser.driver().getPageSource()).contains(BODY_WORD);
    }

    // ---- sortable tables ----

    @Test
    void clickingAColumnHeaderSortsTheRiskRegister() {
        browser.load(server.uri("risks/index.html"));
        List<WebElement> tables = browser.driver().findElements(By.cssSelector("table.sortable"));
        assertThat(tables).as("table.sortable on risks/index.html").isNotEmpty();
        WebElement table = tables.get(0);
        List<WebElement> headers = table.findElements(By.cssSelector("thead th"));
        int column = -1;
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).getText().trim().equalsIgnoreCase("Owner")) {
                column = i;
            }
        }
        assertThat(column).as("an 'Owner' column in the risk register").isNotNegative();
        WebElement th = headers.get(column);
        List<WebElement> buttons = th.findElements(By.tagName("button"));
        assertThat(buttons).as("a <button> in the 'Owner' header").hasSize(1);
        Collator collator = Collator.getInstance(Locale.ROOT);
        collator.setStrength(Collator.PRIMARY);

        buttons.get(0).click();
        List<String> ascending = columnText(table, column);
        assertThat(th.getDomAttribute("aria-sort")).as("aria-sort after one click").isEqualTo("ascending");
        assertThat(ascending).as("owners after one click").hasSizeGreaterThan(5).isSortedAccordingTo(collator);

        th.findElement(By.tagName("button")).click();
        List<String> descending = columnText(table, column);
        assertThat(th.getDomAttribute("aria-sort")).as("aria-sort after two clicks").isEqualTo("descending");
        assertThat(descending).as("owners after two clicks").isSortedAccordingTo(collator.reversed());
        assertThat(new HashSet<>(descending)).as("sorting keeps every row").isEqualTo(new HashSet<>(ascending));
    }

    private static List<String> columnText(WebElement table, int column) {
        return table.findElements(By.cssSelector("tbody > tr")).stream()
                .map(tr -> tr.findElements(By.xpath("./th|./td")).get(column).getText().trim())
                .collect(Collectors.toList());
    }

    // ---- risk register filters ----

    @Test
    void choosingAFilterValueShowsOnlyMatchingRisksAndCountsThem() {
        browser.load(server.uri("risks/index.html"));
        List<WebElement> forms = browser.driver().findElements(By.cssSelector("form.table-filter[data-table]"));
        assertThat(forms).as("form.table-filter[data-table] on risks/index.html").hasSize(1);
        WebElement form = forms.get(0);
        String tableRef = form.getDomAttribute("data-table");
        List<WebElement> tables = browser.driver().findElements(By.id(tableRef));
        WebElement table = tables.isEmpty() ? browser.driver().findElement(By.cssSelector(tableRef)) : tables.get(0);
        List<WebElement> rows = table.findElements(By.cssSelector("tbody > tr"));
        assertThat(rows).as("risks in the register").hasSizeGreaterThan(5);
        WebElement count = form.findElement(By.cssSelector("output.filter-count"));

        boolean narrowed = false;
        for (String[] filter : new String[][] {{"status", "data-status"}, {"owner", "data-owner"},
                {"category", "data-category"}, {"system", "data-systems"}}) {
            Select select = new Select(form.findElement(By.cssSelector("select[name='" + filter[0] + "']")));
            List<String> values = select.getOptions().stream().map(o -> o.getDomAttribute("value"))
                    .filter(v -> v != null && !v.isEmpty()).collect(Collectors.toList());
            assertThat(values).as("values to choose in the '%s' filter", filter[0]).isNotEmpty();
            for (String value : List.of(values.get(0), values.get(values.size() - 1))) {
                select.selectByValue(value);
                List<String> expected = new ArrayList<>();
                List<String> shown = new ArrayList<>();
                for (WebElement row : rows) {
                    String attribute = row.getDomAttribute(filter[1]);
                    String id = row.findElement(By.xpath("./th|./td")).getText();
                    if (attribute != null && Arrays.asList(attribute.split(" ")).contains(value)) {
                        expected.add(id);
                    }
                    if (row.isDisplayed()) {
                        shown.add(id);
                    }
                }
                assertThat(shown).as("risks shown with %s = %s", filter[0], value)
                        .isNotEmpty().containsExactlyElementsOf(expected);
                assertThat(count.getText()).as("filter count with %s = %s", filter[0], value)
                        .contains(String.valueOf(shown.size()));
                narrowed |= shown.size() < rows.size();
            }
            select.selectByIndex(0);
            assertThat(rows.stream().filter(WebElement::isDisplayed).count())
                    .as("risks shown after resetting the '%s' filter to its first option", filter[0])
                    .isEqualTo(rows.size());
        }
        assertThat(narrowed).as("at least one filter value hides some risks").isTrue();
    }

    // ---- nonconformity register filters ----

    /** The ids of the register's rows a reader sees. */
    private static List<String> shownIds(List<WebElement> rows) {
        return rows.stream().filter(WebElement::isDisplayed)
                .map(r -> r.findElement(By.cssSelector("th .id")).getText()).collect(Collectors.toList());
    }

    @Test
    void theNonconformityRegisterFiltersByKindStatusOwnerAndOverdue() {
        browser.load(server.uri("nonconformities/index.html"));
        WebElement form = browser.driver().findElement(By.cssSelector(
                "form.table-filter[data-table='#nonconformity-table']"));
        assertThat(form.isDisplayed()).as("the filter form, shown by the script").isTrue();
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#nonconformity-table tbody > tr"));
        WebElement count = form.findElement(By.cssSelector("output.filter-count"));
        assertThat(shownIds(rows)).as("site-example's register, all shown").hasSize(6);
        assertThat(count.getText()).isEqualTo("All 6 shown");

        Select kind = new Select(form.findElement(By.cssSelector("select[name='kind']")));
        kind.selectByValue("major");
        assertThat(shownIds(rows)).as("major nonconformities").containsExactly("IA-2026-01-NC-1");
        assertThat(count.getText()).isEqualTo("1 of 6 shown");

        kind.selectByValue("minor");
        Select status = new Select(form.findElement(By.cssSelector("select[name='status']")));
        status.selectByValue("open");
        assertThat(shownIds(rows)).as("minor and open").containsExactly("IA-2026-02-NC-2");

        form.findElement(By.cssSelector("button[type=reset]")).click();
        await().until(d -> shownIds(rows).size() == 6);

        new Select(form.findElement(By.cssSelector("select[name='owner']"))).selectByValue("ciso");
        assertThat(shownIds(rows)).as("owned by the CISO").containsExactly("IA-2026-02-OBS-4");
        new Select(form.findElement(By.cssSelector("select[name='owner']"))).selectByIndex(0);

        form.findElement(By.cssSelector("input[type=checkbox][name='overdue']")).click();
        assertThat(shownIds(rows)).as("with an action past its due date").containsExactly("IA-2026-02-NC-2");
        assertThat(count.getText()).isEqualTo("1 of 6 shown");
    }

    // ---- breadcrumbs and previous/next ----

    @Test
    void breadcrumbsLeadFromAControlBackToTheDashboard() {
        for (String page : List.of("controls/A.6.2.4.html", "documents/ai-policy.html", "risks/R-001.html")) {
            browser.load(server.uri(page));
            List<WebElement> crumbs = browser.driver().findElements(BREADCRUMB);
            assertThat(crumbs).as("items of nav[aria-label=Breadcrumb] > ol on %s", page).hasSizeGreaterThan(1);
            assertThat(crumbs.get(0).findElement(By.cssSelector("a[href]")).getDomProperty("href"))
                    .as("first breadcrumb on %s", page).endsWith("/index.html").doesNotContain("/controls/");
            WebElement last = crumbs.get(crumbs.size() - 1);
            assertThat(last.findElements(By.cssSelector("[aria-current=page]")).size()
                    + ("page".equals(last.getDomAttribute("aria-current")) ? 1 : 0))
                    .as("last breadcrumb on %s is marked aria-current=page", page).isEqualTo(1);
            List<String> parents = crumbs.subList(0, crumbs.size() - 1).stream()
                    .map(li -> li.findElement(By.cssSelector("a[href]")).getDomProperty("href"))
                    .collect(Collectors.toList());
            for (String parent : parents) {
                browser.driver().get(parent);
                assertThat(browser.driver().findElements(By.tagName("h1")))
                        .as("breadcrumb %s of %s opens a page", parent, page).hasSize(1);
            }
        }
    }

    @Test
    void nextLinksWalkTheWholeReadingOrderOnce() {
        browser.load(server.uri("index.html"));
        assertThat(browser.driver().findElements(PREV)).as("a[rel=prev] on the dashboard, the first page").isEmpty();
        List<String> visited = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int limit = site.pages().size() + 1;
        while (true) {
            String page = current();
            assertThat(seen.add(page)).as("rel=next visits %s a second time, after %s", page, visited).isTrue();
            if (!visited.isEmpty()) {
                List<WebElement> prev = browser.driver().findElements(PREV);
                assertThat(prev).as("a[rel=prev] on %s", page).hasSize(1);
                assertThat(prev.get(0).getDomProperty("href")).as("rel=prev of %s", page)
                        .isEqualTo(visited.get(visited.size() - 1));
            }
            visited.add(page);
            assertThat(visited.size()).as("pages in the reading order (more than there are pages?)")
                    .isLessThanOrEqualTo(limit);
            List<WebElement> next = browser.driver().findElements(NEXT);
            if (next.isEmpty()) {
                break;
            }
            next.get(0).click();
            await().until(d -> !current().equals(page));
        }
        Set<String> walked = visited.stream().map(u -> u.substring(server.uri("").toString().length()))
                .collect(Collectors.toSet());
        // The sections of the sidebar are the spine of the reading order.
        browser.load(server.uri("index.html"));
        List<String> sections = browser.driver().findElements(NavigationTest.SIDEBAR_LINKS).stream()
                .map(a -> a.getDomProperty("href").substring(server.uri("").toString().length()))
                .collect(Collectors.toList());
        assertThat(walked).as("pages reached by following rel=next from the dashboard (%d)", walked.size())
                .containsAll(sections).hasSizeGreaterThan(sections.size());
    }
}
