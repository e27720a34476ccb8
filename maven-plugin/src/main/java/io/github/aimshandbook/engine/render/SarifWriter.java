package io.github.aimshandbook.engine.render;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.aimshandbook.engine.model.Finding;
import io.github.aimshandbook.engine.model.Severity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes {@code aims-report.sarif}: the findings in SARIF 2.1.0, the format code scanning (GitHub's among them) reads
 * to show each finding on the line it is about. Paths are as seen from the repository root ({@code sourcePrefix} plus
 * the path in the content folder), which is what code scanning matches against the changed files.
 */
public final class SarifWriter {

    public static final String FILE = "aims-report.sarif";

    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final String INFORMATION_URI = "https://github.com/aimshandbook/aims-handbook";

    private SarifWriter() {
    }

    /**
     * {@code sourcePrefix}: the content folder as seen from the repository root, with a trailing '/' ("src/aims/"),
     * or "" when the content folder is the root.
     */
    public static byte[] write(Generator generator, List<Finding> findings, FindingRules rules, String sourcePrefix) {
        SortedMap<String, FindingRules.Rule> used = new TreeMap<>(rules.all());
        findings.forEach(f -> used.computeIfAbsent(f.code(), rules::of));
        List<String> ids = new ArrayList<>(used.keySet());
        return PrettyJson.write(json -> {
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            json.writeObjectFieldStart("tool");
            json.writeObjectFieldStart("driver");
            json.writeStringField("name", generator.name());
            json.writeStringField("version", generator.version());
            json.writeStringField("informationUri", INFORMATION_URI);
            json.writeArrayFieldStart("rules");
            for (FindingRules.Rule rule : used.values()) {
                rule(json, rule);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
            json.writeArrayFieldStart("results");
            for (Finding f : findings) {
                result(json, f, ids.indexOf(f.code()), sourcePrefix);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private static void rule(JsonGenerator json, FindingRules.Rule rule) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", rule.code());
        json.writeStringField("name", name(rule.code()));
        json.writeObjectFieldStart("shortDescription");
        json.writeStringField("text", plain(firstSentence(rule.meaning())));
        json.writeEndObject();
        json.writeObjectFieldStart("fullDescription");
        json.writeStringField("text", plain(rule.meaning()));
        json.writeEndObject();
        json.writeObjectFieldStart("help");
        json.writeStringField("text", plain(rule.meaning()) + " How to fix: " + plain(rule.fix()));
        json.writeStringField("markdown", rule.meaning() + "\n\n**How to fix:** " + rule.fix());
        json.writeEndObject();
        json.writeStringField("helpUri", FindingRules.HELP_URI);
        if (!rule.severity().isEmpty()) {
            json.writeObjectFieldStart("defaultConfiguration");
            json.writeStringField("level", rule.severity().startsWith("error") ? "error"
                    : rule.severity().startsWith("warning") ? "warning" : "note");
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void result(JsonGenerator json, Finding f, int ruleIndex, String sourcePrefix) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", f.code());
        json.writeNumberField("ruleIndex", ruleIndex);
        json.writeStringField("level", level(f.severity()));
        json.writeObjectFieldStart("message");
        json.writeStringField("text", f.message());
        json.writeEndObject();
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", uri(sourcePrefix, f.location().file()));
        json.writeStringField("uriBaseId", "%SRCROOT%");
        json.writeEndObject();
        if (f.location().line() > 0) {
            json.writeObjectFieldStart("region");
            json.writeNumberField("startLine", f.location().line());
            if (f.location().column() > 0) {
                json.writeNumberField("startColumn", f.location().column());
            }
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
    }

    /** A relative URI reference: each path segment percent-encoded where a URI needs it, '/' kept. */
    static String uri(String sourcePrefix, String file) {
        String path = file.isEmpty() ? sourcePrefix.replaceAll("/$", "") : sourcePrefix + file;
        if (path.isEmpty()) {
            return ".";
        }
        StringBuilder uri = new StringBuilder();
        for (byte b : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || "-._~/!$&'()*+,;=@".indexOf(c) >= 0;
            if (plain) {
                uri.append((char) c);
            } else {
                uri.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return uri.toString();
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            default -> "note";
        };
    }

    /** "control-gap" becomes "ControlGap", the rule's readable name. */
    private static String name(String code) {
        StringBuilder name = new StringBuilder();
        for (String part : code.split("-")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return name.toString();
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }

    /** The Markdown of the checks page as plain text: code spans and emphasis marks dropped. */
    private static String plain(String markdown) {
        return markdown.replace("`", "").replace("**", "");
    }
}
