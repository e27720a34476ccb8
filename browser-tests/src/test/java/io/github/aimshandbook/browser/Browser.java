package io.github.aimshandbook.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * One headless Chromium session: the system's chromium and chromedriver (Debian's packages, found on the PATH by
 * {@link BrowserBinaries}), never a browser that Selenium Manager would download. A test class opens one and reuses
 * it across pages, because starting Chromium costs more than loading a page.
 */
final class Browser implements AutoCloseable {

    /**
     * Installed before every document loads: records the Content-Security-Policy violations the page reports,
     * because a blocked script is otherwise visible only as a console line.
     */
    private static final String CSP_RECORDER = "window.__aimsCspViolations = [];"
            + "document.addEventListener('securitypolicyviolation', function (e) {"
            + "  window.__aimsCspViolations.push(e.effectiveDirective + ' blocked '"
            + "    + (e.blockedURI || 'inline') + ' (' + (e.sourceFile || '?') + ':' + e.lineNumber + ')');"
            + "});";

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Browser start() {
        BrowserBinaries binaries = BrowserBinaries.requireInstalled();
        Path chromium = binaries.chromium();
        Path chromedriver = binaries.chromedriver();
        Path profile;
        try {
            profile = Files.createTempDirectory("aims-chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        // As root (CI) Chromium needs --no-sandbox; the rest keeps it from reaching the network on its own.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1366,900", "--user-data-dir=" + profile);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        // With the driver's path given, Selenium does not run Selenium Manager (nor download anything).
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            throw new AssertionError("Could not start " + chromium + " with " + chromedriver + ": " + e.getMessage()
                    + "\n" + BrowserBinaries.INSTALL_HINT, e);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", CSP_RECORDER));
        return new Browser(driver, profile);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Loads a page and throws away the console lines of the page before. */
    void load(URI uri) {
        driver.manage().logs().get(LogType.BROWSER);
        driver.get(uri.toString());
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Console lines of level SEVERE since the last load: JavaScript errors, failed requests, CSP reports. */
    List<String> severeConsoleLines() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .collect(Collectors.toList());
    }

    /** CSP violations the current document reported (securitypolicyviolation events). */
    @SuppressWarnings("unchecked")
    List<String> cspViolations() {
        Object list = script("return window.__aimsCspViolations || [];");
        return new ArrayList<>((List<String>) list);
    }

    void colorScheme(boolean dark) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
    }

    /** Emulates a phone's viewport (mobile: true) or restores the desktop window. */
    void viewport(int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    void desktop() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        colorScheme(false);
    }

    /**
     * A PNG of the viewport or, with fullPageWidth above 0, of the whole page at that width (the content size
     * alone would leave out the scroll bar's strip).
     */
    void screenshot(Path png, int fullPageWidth) throws IOException {
        boolean fullPage = fullPageWidth > 0;
        Map<String, Object> params = new java.util.HashMap<>(Map.of("format", "png"));
        if (fullPage) {
            Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            @SuppressWarnings("unchecked")
            Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
            params.put("captureBeyondViewport", true);
            params.put("clip", Map.of("x", 0, "y", 0, "scale", 1,
                    "width", Math.max(fullPageWidth, ((Number) size.get("width")).doubleValue()),
                    "height", ((Number) size.get("height")).doubleValue()));
        }
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", params);
        Files.createDirectories(png.getParent());
        Files.write(png, Base64.getDecoder().decode((String) shot.get("data")));
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
