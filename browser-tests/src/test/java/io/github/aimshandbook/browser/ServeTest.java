package io.github.aimshandbook.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimshandbook.engine.Options;
import io.github.aimshandbook.engine.serve.Preview;
import io.github.aimshandbook.engine.starter.Starter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * aims:serve as a writer uses it: a page is open in the browser, a document is saved, and the page shows the change
 * by itself; a save that breaks the content shows the error in a banner over the last good page.
 */
class ServeTest {

    @Test
    void an_edit_shows_in_the_open_page_and_an_error_in_its_banner(@TempDir Path temp) throws Exception {
        Path content = temp.resolve("src/aims");
        new Starter().write(content);
        Options options = Options.builder(content, temp.resolve("target/aims-preview"), LocalDate.of(2026, 11, 22))
                .pdf(false).build();
        try (Preview preview = new Preview(options, "src/aims/", (result, problem) -> { });
                Browser browser = Browser.start()) {
            var root = preview.start(0);
            browser.load(root.resolve("documents/ai-policy.html"));
            WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(90));
            wait.until(d -> d.findElements(By.cssSelector("script[src='/__aims/reload.js']")).size() == 1);
            browser.script("window.__aimsBeforeEdit = true;");

            Path policy = content.resolve("policies/ai-policy.md");
            long saved = System.nanoTime();
            Files.writeString(policy, Files.readString(policy, StandardCharsets.UTF_8)
                    + "\n## Reviewed in the live preview\n", StandardCharsets.UTF_8);
            wait.until(d -> !d.findElements(By.xpath("//h2[contains(., 'Reviewed in the live preview')]")).isEmpty());
            long millis = (System.nanoTime() - saved) / 1_000_000;
            System.out.println("aims:serve: the saved change showed in the open page after " + millis + " ms");
            assertThat(browser.script("return window.__aimsBeforeEdit === true;")).as("the page reloaded")
                    .isEqualTo(false);
            // generous: CI machines are shared; the figure printed above is what a writer waits on a quiet one
            assertThat(millis).as("from save to the page showing it").isLessThan(60_000);
            assertThat(browser.cspViolations()).as("CSP violations").isEmpty();
            assertThat(browser.severeConsoleLines()).as("console errors").isEmpty();

            Files.writeString(policy, Files.readString(policy, StandardCharsets.UTF_8) + "\nSee [[A.6.2.99]].\n",
                    StandardCharsets.UTF_8);
            wait.until(d -> d.findElements(By.id("aims-serve-banner")).stream()
                    .anyMatch(b -> b.getText().contains("unresolved-reference")));
            String banner = browser.driver().findElement(By.id("aims-serve-banner")).getText();
            assertThat(banner).contains("1 error(s)", "policies/ai-policy.md", "A.6.2.99");
            assertThat(browser.driver().findElements(By.xpath("//h2[contains(., 'Reviewed in the live preview')]")))
                    .as("the last good page stays on show").isNotEmpty();
            browser.screenshot(Path.of(System.getProperty("aims.screenshots.dir", "target/screenshots"))
                    .resolve("serve-banner.png"), 0);
        }
    }
}
