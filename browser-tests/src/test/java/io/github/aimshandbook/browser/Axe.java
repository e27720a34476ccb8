package io.github.aimshandbook.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Runs axe-core (from its WebJar) in the page the browser shows. The script is injected through WebDriver, which
 * the page's Content-Security-Policy does not govern; {@link #run} fails if it could not be injected.
 */
final class Axe {

    /** One rule broken on one page, with the CSS selectors of the offending elements. */
    record Violation(String page, String rule, String impact, String help, List<String> nodes, String detail) {
        boolean blocking() {
            return "serious".equals(impact) || "critical".equals(impact);
        }
    }

    private static final String RESOURCE = "META-INF/resources/webjars/axe-core/" + version() + "/axe.min.js";

    private static final String RUN = "var done = arguments[arguments.length - 1];"
            + "if (!window.axe) { done('axe-core is not loaded'); return; }"
            + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
            + "  done(r.violations.map(function (v) { return {id: v.id, impact: v.impact || 'none', help: v.help,"
            + "    nodes: v.nodes.map(function (n) { return n.target.join(' '); }),"
            + "    detail: (v.nodes[0].any.concat(v.nodes[0].all, v.nodes[0].none).map(function (c) { return c.message; })"
            + "      .filter(Boolean)[0]) || ''}; }));"
            + "}, function (e) { done('axe-core failed: ' + e); });";

    private final String source;

    Axe() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test classpath: the axe-core WebJar"
                        + " version in browser-tests/pom.xml and the aims.axe.version system property disagree");
            }
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String version() {
        return System.getProperty("aims.axe.version", "4.6.3");
    }

    @SuppressWarnings("unchecked")
    List<Violation> run(Browser browser, String page) {
        browser.script(source);
        Object result = browser.driver().executeAsyncScript(RUN);
        if (!(result instanceof List)) {
            throw new AssertionError("axe-core did not run on " + page + ": " + result);
        }
        return ((List<Map<String, Object>>) result).stream()
                .map(v -> new Violation(page, (String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
                        (List<String>) v.get("nodes"), (String) v.get("detail")))
                .collect(Collectors.toList());
    }

    /**
     * A report a template author can act on: per rule, what it means, then each page with the selectors of the
     * elements that break it.
     */
    static String report(List<Violation> violations) {
        Map<String, List<Violation>> byRule = new TreeMap<>();
        for (Violation v : violations) {
            byRule.computeIfAbsent(v.impact() + " " + v.rule(), k -> new java.util.ArrayList<>()).add(v);
        }
        StringBuilder out = new StringBuilder();
        byRule.forEach((key, list) -> {
            Violation first = list.get(0);
            Set<String> pages = new TreeSet<>();
            Set<String> details = new TreeSet<>();
            list.forEach(v -> {
                pages.add(v.page());
                if (!v.detail().isEmpty()) {
                    details.add(v.detail());
                }
            });
            out.append("\n  [").append(first.impact()).append("] ").append(first.rule()).append(": ")
                    .append(first.help()).append(" (").append(pages.size())
                    .append(" page(s); https://dequeuniversity.com/rules/axe/")
                    .append(version().replaceFirst("^(\\d+\\.\\d+).*", "$1")).append("/").append(first.rule()).append(")");
            // The same template bug gives the same message on every page: say it once.
            details.stream().limit(4).forEach(d -> out.append("\n    why: ").append(d));
            int shown = 0;
            for (Violation v : list) {
                if (shown++ == 12) {
                    out.append("\n    ... and ").append(list.size() - 12).append(" more page(s)");
                    break;
                }
                List<String> nodes = v.nodes();
                out.append("\n    ").append(v.page()).append(": ")
                        .append(String.join(" | ", nodes.subList(0, Math.min(nodes.size(), 5))))
                        .append(nodes.size() > 5 ? " | ... (" + nodes.size() + " elements)" : "");
            }
        });
        return out.toString();
    }
}
