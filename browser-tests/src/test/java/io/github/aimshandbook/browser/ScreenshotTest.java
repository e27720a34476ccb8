package io.github.aimshandbook.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Screenshots of the main pages for a person to look at (the tests cannot judge a layout): desktop (1366 wide,
 * whole page) and phone (390x844 viewport), light and dark, written to browser-tests/target/screenshots/.
 */
class ScreenshotTest {

    private static final int DESKTOP_WIDTH = 1366;
    private static final int DESKTOP_HEIGHT = 900;
    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;

    @Test
    void screenshotsOfTheMainPages() throws Exception {
        Site site = Site.fromBuild();
        Path out = Path.of(System.getProperty("aims.screenshots.dir", "target/screenshots"));
        String firstSystem = site.pages().stream()
                .filter(p -> p.startsWith("systems/") && !p.equals("systems/index.html")).findFirst()
                .orElseThrow(() -> new AssertionError("no system page under systems/"));
        List<String> pages = List.of("index.html", "soa.html", "controls/A.6.2.4.html", "traceability.html",
                "risks/index.html", firstSystem);
        List<Path> written = new ArrayList<>();
        try (StaticHttpServer server = new StaticHttpServer(site.root()); Browser browser = Browser.start()) {
            for (boolean dark : new boolean[] {false, true}) {
                for (boolean phone : new boolean[] {false, true}) {
                    browser.viewport(phone ? PHONE_WIDTH : DESKTOP_WIDTH, phone ? PHONE_HEIGHT : DESKTOP_HEIGHT,
                            phone);
                    browser.colorScheme(dark);
                    for (String page : pages) {
                        browser.load(server.uri(page));
                        Path png = out.resolve(page.replace('/', '_').replace(".html", "")
                                + (phone ? "-phone" : "-desktop") + (dark ? "-dark" : "-light") + ".png");
                        browser.screenshot(png, phone ? 0 : DESKTOP_WIDTH);
                        written.add(png);
                    }
                }
            }
            browser.desktop();
        }
        for (Path png : written) {
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image).as("%s is a PNG", png).isNotNull();
            int width = png.toString().contains("-phone") ? PHONE_WIDTH : DESKTOP_WIDTH;
            assertThat(image.getWidth()).as("width of %s", png).isEqualTo(width);
            assertThat(image.getHeight()).as("height of %s", png)
                    .isGreaterThanOrEqualTo(png.toString().contains("-phone") ? PHONE_HEIGHT : DESKTOP_HEIGHT / 2);
            assertThat(Files.size(png)).as("size of %s", png).isGreaterThan(5_000);
        }
        System.out.printf("Wrote %d screenshots to %s%n", written.size(), out.toAbsolutePath());
    }
}
