package io.github.aimshandbook.engine.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each finding code means and how to fix it, read from the checks page of the reference (checks.md, shipped in
 * the plugin), so that the rules of the SARIF report say exactly what the documentation says.
 */
public final class FindingRules {

    /** Where the published checks page is, for a reader of a code-scanning alert who wants the whole story. */
    public static final String HELP_URI =
            "https://github.com/aimshandbook/aims-handbook/blob/main/maven-plugin/src/site/markdown/checks.md";

    private static final String RESOURCE = "io/github/aimshandbook/engine/render/checks.md";

    /** A row of a table of codes: | `code` | severity | meaning | how to fix |. */
    private static final Pattern ROW = Pattern.compile(
            "^\\| `([a-z0-9-]+)` \\| ([^|]+) \\| ([^|]+) \\| ([^|]+) \\|$", Pattern.MULTILINE);

    /** One code: its severity as documented, what it means and how to fix it (Markdown, as on the page). */
    public record Rule(String code, String severity, String meaning, String fix) {
    }

    private final SortedMap<String, Rule> rules;

    private FindingRules(SortedMap<String, Rule> rules) {
        this.rules = Collections.unmodifiableSortedMap(rules);
    }

    /** The rules of the checks page in the plugin. */
    public static FindingRules builtIn() {
        try (InputStream in = FindingRules.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The plugin is incomplete: " + RESOURCE + " is missing from its jar.");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FindingRules parse(String markdown) {
        SortedMap<String, Rule> rules = new TreeMap<>();
        Matcher row = ROW.matcher(markdown);
        while (row.find()) {
            rules.putIfAbsent(row.group(1), new Rule(row.group(1), row.group(2).strip(), row.group(3).strip(),
                    row.group(4).strip()));
        }
        return new FindingRules(rules);
    }

    /** Every documented code, in alphabetical order. */
    public SortedMap<String, Rule> all() {
        return rules;
    }

    /** The rule of {@code code}; a code the page does not document gets a rule that says so. */
    public Rule of(String code) {
        Rule rule = rules.get(code);
        return rule != null ? rule : new Rule(code, "", "A finding of the AIMS checks (`" + code + "`).",
                "Read the finding's message: it says what to change.");
    }
}
