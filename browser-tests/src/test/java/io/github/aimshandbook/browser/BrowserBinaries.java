package io.github.aimshandbook.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the system's Chromium and chromedriver are. A machine without them (a fresh one with only a JDK and Maven)
 * skips the browser tests and says so loudly, once per test run; CI, which must run them, sets
 * {@value #REQUIRE_VARIABLE}=true and gets a failure instead.
 */
record BrowserBinaries(Path chromium, Path chromedriver) {

    /** Set to true where every test must run: a missing tool then fails the build instead of skipping tests. */
    static final String REQUIRE_VARIABLE = "AIMS_REQUIRE_ALL_TESTS";

    static final String INSTALL_HINT = "Install them from the system's packages, on Debian or Ubuntu with: apt-get"
            + " install chromium chromium-driver (.ci/run does this in CI). Elsewhere point -Daims.chromium=<browser"
            + " binary> and -Daims.chromedriver=<chromedriver binary> at a matching pair.";

    /** Looked up once per test JVM, so that the warning is printed once and not by every test class. */
    private static final Lookup SYSTEM = lookUp();

    private record Lookup(Optional<BrowserBinaries> found, String missing) {
    }

    /**
     * The binaries, or: an aborted test (reported as skipped) on a machine without them, a failure where
     * {@value #REQUIRE_VARIABLE} is true.
     */
    static BrowserBinaries requireInstalled() {
        if (SYSTEM.found().isPresent()) {
            return SYSTEM.found().get();
        }
        String message = "The browser tests need Chromium and chromedriver: " + SYSTEM.missing() + ". " + INSTALL_HINT;
        if (required()) {
            throw new AssertionError(message + " " + REQUIRE_VARIABLE + "=true: every test must run here.");
        }
        Assumptions.abort(message);
        return null;
    }

    static boolean required() {
        return "true".equalsIgnoreCase(System.getenv(REQUIRE_VARIABLE));
    }

    private static Lookup lookUp() {
        List<String> missing = new ArrayList<>();
        Optional<Path> chromium = find("aims.chromium", List.of("chromium", "chromium-browser"), missing);
        Optional<Path> chromedriver = find("aims.chromedriver", List.of("chromedriver"), missing);
        if (chromium.isPresent() && chromedriver.isPresent()) {
            return new Lookup(Optional.of(new BrowserBinaries(chromium.get(), chromedriver.get())), "");
        }
        String what = String.join(" and ", missing);
        if (!required()) {
            warn(what);
        }
        return new Lookup(Optional.empty(), what);
    }

    private static Optional<Path> find(String property, List<String> names, List<String> missing) {
        String given = System.getProperty(property, "");
        if (!given.isBlank()) {
            Path path = Path.of(given);
            if (Files.isRegularFile(path) && Files.isExecutable(path)) {
                return Optional.of(path);
            }
            missing.add(given + " (given by -D" + property + ") is missing or not executable");
            return Optional.empty();
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : names) {
                Path candidate = dir.isEmpty() ? null : Path.of(dir, name);
                if (candidate != null && Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        missing.add(String.join(" or ", names) + " is not on the PATH");
        return Optional.empty();
    }

    /** Printed in Maven's own warning form, so that it stands out in the build log like one. */
    private static void warn(String what) {
        String rule = "[WARNING] " + "*".repeat(100);
        System.out.println(rule);
        System.out.println("[WARNING] BROWSER TESTS SKIPPED (accessibility, CSP, navigation, screenshots): " + what + ".");
        System.out.println("[WARNING] To run them, install Chromium and its driver: apt-get install chromium"
                + " chromium-driver");
        System.out.println("[WARNING] (or pass -Daims.chromium=PATH -Daims.chromedriver=PATH), then run the same"
                + " command again. The HTML validity tests ran.");
        System.out.println(rule);
    }
}
