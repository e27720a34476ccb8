package io.github.aimshandbook.engine.load;

import io.github.aimshandbook.engine.markup.MarkdownSyntax;
import io.github.aimshandbook.engine.model.BodyIds;
import io.github.aimshandbook.engine.model.Document;
import io.github.aimshandbook.engine.model.DocumentFormat;
import io.github.aimshandbook.engine.model.Findings;
import io.github.aimshandbook.engine.model.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a narrative document: its metadata from YAML front matter or, in AsciiDoc, from header attributes, and its
 * title from the metadata or the first level-1 heading. The body is kept as markup for the render stage.
 */
final class DocumentReader {

    static final List<String> KEYS = List.of("id", "title", "type", "owner", "version", "status", "approved",
            "reviewEvery", "lastReviewed", "validUntil", "controls", "clauses", "systems");

    /** AsciiDoc lowercases attribute names; these are the format's keys as AsciiDoc hands them over. */
    private static final Map<String, String> ASCIIDOC_KEYS = Map.ofEntries(
            Map.entry("id", "id"), Map.entry("type", "type"), Map.entry("owner", "owner"),
            Map.entry("version", "version"), Map.entry("status", "status"), Map.entry("reviewevery", "reviewEvery"),
            Map.entry("lastreviewed", "lastReviewed"), Map.entry("validuntil", "validUntil"),
            Map.entry("controls", "controls"), Map.entry("clauses", "clauses"), Map.entry("systems", "systems"));
    private static final List<String> LIST_KEYS = List.of("controls", "clauses", "systems");
    private static final Pattern ATTRIBUTE = Pattern.compile("^:([A-Za-z0-9_][A-Za-z0-9_-]*):(?:\\s+(.*))?$");
    private static final Pattern MD_H1 = Pattern.compile("^#\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern ADOC_TITLE = Pattern.compile("^=\\s+(.+?)\\s*$");

    private final Findings findings;
    private final YamlParser yaml;

    DocumentReader(Findings findings) {
        this.findings = findings;
        this.yaml = new YamlParser(findings);
    }

    Optional<Document> read(String text, String path, String defaultType) {
        DocumentFormat format = path.endsWith(".adoc") ? DocumentFormat.ASCIIDOC : DocumentFormat.MARKDOWN;
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        String defaultId = fileName.substring(0, fileName.lastIndexOf('.'));
        List<String> lines = List.of(text.split("\n", -1));

        YamlMap meta = null;
        int bodyStart = 0;
        if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
            int end = -1;
            for (int i = 1; i < lines.size(); i++) {
                String l = lines.get(i).strip();
                if (l.equals("---") || l.equals("...")) {
                    end = i;
                    break;
                }
            }
            if (end < 0) {
                findings.error("invalid-front-matter", new Location(path, 1, 1), "The front matter opened by '---'"
                        + " on line 1 is never closed. Add a line with '---' after the last key.");
                return Optional.empty();
            }
            String frontMatter = String.join("\n", lines.subList(1, end));
            bodyStart = end + 1;
            if (!frontMatter.isBlank()) {
                Optional<Node> node = yaml.parse(frontMatter, path, 1);
                if (node.isEmpty()) {
                    return Optional.empty();
                }
                meta = YamlMap.of(node.get(), path, 1, findings, "the front matter").orElse(null);
                if (meta == null) {
                    return Optional.empty();
                }
            }
        }
        boolean fromFrontMatter = meta != null;
        String headerTitle = null;
        if (format == DocumentFormat.ASCIIDOC) {
            AsciidocHeader header = asciidocHeader(lines, bodyStart, path);
            headerTitle = header.title;
            if (meta == null && header.attributes != null) {
                meta = header.attributes;
            }
        }
        if (meta == null) {
            meta = new YamlMap(new MappingNode(Tag.MAP, List.of(), DumperOptions.FlowStyle.BLOCK), path, 0,
                    findings, "the document");
        }
        if (fromFrontMatter) {
            meta.allowOnly(KEYS);
        }

        String body = String.join("\n", lines.subList(Math.min(bodyStart, lines.size()), lines.size()));
        String title = meta.string("title").orElse(null);
        if (title == null && format == DocumentFormat.MARKDOWN) {
            title = firstMarkdownHeading(lines, bodyStart);
        }
        if (title == null) {
            title = headerTitle;
        }
        if (title == null) {
            title = defaultId;
        }
        String id = meta.string("id").orElse(defaultId);
        String type = meta.oneOf("type", Vocabulary.DOCUMENT_TYPES).orElse(defaultType);
        Location at = meta.has("id") ? meta.locationOf("id") : new Location(path, 1, 1);
        boolean withinLimits = format == DocumentFormat.MARKDOWN
                ? MarkupLimits.markdown(body, path, bodyStart + 1, 0, findings)
                : MarkupLimits.asciidoc(body, path, bodyStart + 1, findings);
        if (!withinLimits) {
            body = ""; // reported; the metadata is still read, so that what refers to the document still finds it
        }
        InlineScanner.Found found;
        com.vladsch.flexmark.util.ast.Document tree = null;
        BodyIds ids;
        if (format == DocumentFormat.MARKDOWN) {
            tree = MarkdownSyntax.parser().parse(body);
            found = InlineScanner.markdown(tree, body, path, bodyStart + 1, 0);
            ids = MarkdownIds.of(tree);
        } else {
            found = InlineScanner.asciidoc(body, path, bodyStart + 1);
            ids = AsciidocIds.of(body);
        }
        return Optional.of(new Document(id, path, format, title, type, meta.ref("owner").orElse(null),
                meta.string("version").orElse(""), meta.oneOf("status", Vocabulary.DOCUMENT_STATUS).orElse("approved"),
                meta.approval("approved"), meta.review("lastReviewed"), meta.refs("controls"),
                meta.refs("clauses"), meta.refs("systems"), body, bodyStart + 1, found.references(),
                found.fileLinks(), found.rawHtml(), ids, tree, at));
    }

    private static String firstMarkdownHeading(List<String> lines, int from) {
        boolean inFence = false;
        for (int i = from; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.strip().startsWith("```") || l.strip().startsWith("~~~")) {
                inFence = !inFence;
            }
            Matcher m = MD_H1.matcher(l);
            if (!inFence && m.matches()) {
                return m.group(1);
            }
        }
        return null;
    }

    private record AsciidocHeader(String title, YamlMap attributes) {
    }

    /**
     * Reads the AsciiDoc document header (title and attribute entries up to the first blank line after the title)
     * without starting Asciidoctor, so that checking content never pays for JRuby. Values become located YAML
     * scalars, so they are checked exactly like front matter.
     */
    private AsciidocHeader asciidocHeader(List<String> lines, int from, String path) {
        String title = null;
        List<NodeTuple> tuples = new ArrayList<>();
        boolean started = false;
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                if (started && title != null) {
                    break;
                }
                continue;
            }
            if (line.startsWith("//")) {
                continue;
            }
            Matcher t = ADOC_TITLE.matcher(line);
            if (title == null && t.matches()) {
                title = t.group(1);
                started = true;
                continue;
            }
            Matcher a = ATTRIBUTE.matcher(line);
            if (a.matches()) {
                started = true;
                String key = ASCIIDOC_KEYS.get(a.group(1).toLowerCase(Locale.ROOT));
                if (key != null) {
                    String value = a.group(2) == null ? "" : a.group(2).strip();
                    int nameEnd = line.indexOf(':', 1) + 1;
                    int column = (value.isEmpty() ? nameEnd : line.indexOf(value, nameEnd)) + 1;
                    tuples.add(new NodeTuple(scalar(key, i, 1), valueNode(key, value, i, column)));
                }
                continue;
            }
            if (!started || title == null) {
                break; // body text before any header: there is no header
            }
            // author and revision lines of the header: not ours
        }
        YamlMap map = tuples.isEmpty() ? null
                : new YamlMap(new MappingNode(Tag.MAP, tuples, DumperOptions.FlowStyle.BLOCK), path, 0, findings,
                        "the document header");
        return new AsciidocHeader(title, map);
    }

    private static Node valueNode(String key, String value, int line, int column) {
        if (!LIST_KEYS.contains(key)) {
            return scalar(value, line, column);
        }
        List<Node> items = new ArrayList<>();
        int offset = 0;
        for (String part : value.split(",", -1)) {
            String item = part.strip();
            if (!item.isEmpty()) {
                items.add(scalar(item, line, column + offset + part.indexOf(item)));
            }
            offset += part.length() + 1;
        }
        return new SequenceNode(Tag.SEQ, items, DumperOptions.FlowStyle.FLOW);
    }

    private static ScalarNode scalar(String value, int line, int column) {
        Mark mark = new Mark("header", 0, line, column - 1, new int[0], 0);
        return new ScalarNode(Tag.STR, value, mark, mark, DumperOptions.ScalarStyle.PLAIN);
    }
}
