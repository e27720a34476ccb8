package io.github.aimshandbook.engine.load;

import io.github.aimshandbook.engine.model.Findings;
import io.github.aimshandbook.engine.model.Location;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Parses YAML into SnakeYAML's node tree, which keeps the line and column of every value. Only composes: nothing is
 * ever constructed from tags, so content cannot instantiate classes. Limits keep hostile input from exhausting
 * memory. A {@code Yaml} instance is not thread-safe, so one is made per parse.
 */
final class YamlParser {

    static final int MAX_ALIASES = 100;
    static final int MAX_DEPTH = 50;
    static final int MAX_CODE_POINTS = 8 * 1024 * 1024;
    /** Keys in one file, all mappings together: far above any AIMS register, far below what exhausts memory. */
    static final int MAX_KEYS = 100_000;

    private final Findings findings;

    YamlParser(Findings findings) {
        this.findings = findings;
    }

    /**
     * Parses one YAML document. {@code lineOffset} is the number of file lines before the text (front matter starts
     * after its opening {@code ---}), so that reported lines count from the top of the file.
     */
    Optional<Node> parse(String text, String file, int lineOffset) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported with their line by YamlMap, not as an exception
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()),
                new DumperOptions(), options);
        try {
            Node node = yaml.compose(new StringReader(text));
            if (node == null) {
                findings.error("empty-file", new Location(file, lineOffset + 1, 1),
                        "The YAML is empty. Write the content, or delete the file if it is not needed.");
                return Optional.empty();
            }
            Optional<Node> tooMany = keyBeyondLimit(node);
            if (tooMany.isPresent()) {
                Mark mark = tooMany.get().getStartMark();
                findings.error("invalid-yaml",
                        new Location(file, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1),
                        "Invalid YAML: the file has more than " + MAX_KEYS + " keys; this is the first beyond the"
                                + " limit. Split the file, e.g. one risk or evidence record per file in a folder.");
                return Optional.empty();
            }
            return Optional.of(node);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            Location where = mark == null ? new Location(file, lineOffset + 1, 1)
                    : new Location(file, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
            String problem = e.getProblem() == null ? "unreadable YAML" : e.getProblem();
            String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
            findings.error("invalid-yaml", where, "Invalid YAML: " + problem + context
                    + ". Check indentation, quoting and the ':' after each key.");
            return Optional.empty();
        } catch (YAMLException e) {
            String message = String.valueOf(e.getMessage());
            String detail;
            if (message.contains("aliases")) {
                detail = "it uses more than " + MAX_ALIASES + " aliases (*name) of lists or mappings, which is refused"
                        + " as a possible alias bomb. Write the values out instead.";
            } else if (message.toLowerCase(java.util.Locale.ROOT).contains("nesting")) {
                detail = "it nests lists or mappings more than " + MAX_DEPTH + " levels deep. Flatten it.";
            } else if (message.contains("code points")) {
                detail = "the document is larger than " + MAX_CODE_POINTS + " characters. Split it.";
            } else {
                detail = message + ".";
            }
            findings.error("invalid-yaml", new Location(file, lineOffset + 1, 1), "Invalid YAML: " + detail);
            return Optional.empty();
        }
    }

    /**
     * The first key past {@link #MAX_KEYS} in reading order, counting each mapping once even when aliases repeat it.
     */
    private static Optional<Node> keyBeyondLimit(Node root) {
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Node> pending = new ArrayDeque<>(List.of(root));
        int keys = 0;
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (!seen.add(node)) {
                continue;
            }
            List<Node> children = new ArrayList<>();
            if (node instanceof MappingNode mapping) {
                for (NodeTuple tuple : mapping.getValue()) {
                    if (++keys > MAX_KEYS) {
                        return Optional.of(tuple.getKeyNode());
                    }
                    children.add(tuple.getKeyNode());
                    children.add(tuple.getValueNode());
                }
            } else if (node instanceof SequenceNode sequence) {
                children.addAll(sequence.getValue());
            }
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.push(children.get(i)); // the first child is looked at next: reading order
            }
        }
        return Optional.empty();
    }
}
