package io.github.aimshandbook.engine.load;

import io.github.aimshandbook.engine.Closest;
import io.github.aimshandbook.engine.model.Approval;
import io.github.aimshandbook.engine.model.FileLink;
import io.github.aimshandbook.engine.model.Keys;
import io.github.aimshandbook.engine.model.Findings;
import io.github.aimshandbook.engine.model.Location;
import io.github.aimshandbook.engine.model.Ref;
import io.github.aimshandbook.engine.model.Review;
import io.github.aimshandbook.engine.model.Text;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed, located access to one YAML mapping. Every problem becomes a finding at the value's line and column; a
 * value that cannot be read is treated as absent, so loading goes on and all problems are reported in one run.
 */
final class YamlMap {

    private static final Map<String, Period> PERIOD_WORDS = Map.of(
            "annual", Period.ofYears(1), "annually", Period.ofYears(1), "yearly", Period.ofYears(1),
            "semiannual", Period.ofMonths(6), "quarterly", Period.ofMonths(3), "monthly", Period.ofMonths(1));

    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final MappingNode node;
    private final String file;
    private final int lineOffset;
    private final Findings findings;
    private final String what;

    YamlMap(MappingNode node, String file, int lineOffset, Findings findings, String what) {
        this.node = node;
        this.file = file;
        this.lineOffset = lineOffset;
        this.findings = findings;
        this.what = what;
        for (NodeTuple tuple : node.getValue()) {
            String key = scalarText(tuple.getKeyNode());
            if (key == null) {
                findings.error("invalid-key", at(tuple.getKeyNode()), "A key of " + what
                        + " must be a plain word, not a list or mapping.");
            } else if (entries.containsKey(key)) {
                findings.error("duplicate-key", at(tuple.getKeyNode()), "The key '" + key + "' appears twice in "
                        + what + " (first at line " + at(entries.get(key).getKeyNode()).line()
                        + "). Keep one of them.");
            } else {
                entries.put(key, tuple);
            }
        }
    }

    /** Wraps a node that should be a mapping; reports and returns empty otherwise. */
    static Optional<YamlMap> of(Node node, String file, int lineOffset, Findings findings, String what) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new YamlMap(mapping, file, lineOffset, findings, what));
        }
        findings.error("wrong-type", locate(node, file, lineOffset), capitalize(what)
                + " must be a mapping of keys to values, but this is " + describe(node) + ".");
        return Optional.empty();
    }

    Location location() {
        return at(node);
    }

    String file() {
        return file;
    }

    Set<String> keys() {
        return entries.keySet();
    }

    /** Where each key is written; {@code entry} stands for the keys the mapping does not write. */
    Keys locatedKeys(Location entry) {
        Map<String, Location> written = new java.util.HashMap<>();
        entries.keySet().forEach(k -> written.put(k, keyLocation(k)));
        return new Keys(written, entry);
    }

    /** Where an entry with an {@code id} key is: its id's value, or the mapping's start when it has none. */
    Location idLocation() {
        return has("id") ? locationOf("id") : location();
    }

    boolean has(String key) {
        return entries.containsKey(key) && !isNull(entries.get(key).getValueNode());
    }

    Location locationOf(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? location() : at(tuple.getValueNode());
    }

    Location keyLocation(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? location() : at(tuple.getKeyNode());
    }

    Optional<Node> node(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null || isNull(tuple.getValueNode()) ? Optional.empty() : Optional.of(tuple.getValueNode());
    }

    /** Warns about keys the format does not define, naming the closest defined key. */
    void allowOnly(Collection<String> known) {
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            if (!known.contains(e.getKey())) {
                findings.warning("unknown-key", at(e.getValue().getKeyNode()), "Unknown key '" + e.getKey()
                        + "' in " + what + "; it is ignored." + Closest.hint(e.getKey(), known)
                        + (Closest.to(e.getKey(), known, 1).isEmpty() ? " Known keys: " + String.join(", ", known)
                        + "." : ""));
            }
        }
    }

    Optional<String> string(String key) {
        return node(key).flatMap(value -> {
            String text = scalarText(value);
            if (text == null) {
                wrongType(key, value, "a text");
            }
            return Optional.ofNullable(text);
        });
    }

    String required(String key) {
        Optional<String> value = string(key);
        if (value.isEmpty() && !entries.containsKey(key)) {
            findings.error("missing-field", location(), capitalize(what) + " has no '" + key
                    + "'. Add it: " + key + ": ...");
        } else if (value.isEmpty() || value.get().isBlank()) {
            if (value.isPresent() || isNull(entries.get(key).getValueNode())) {
                findings.error("missing-field", locationOf(key), "'" + key + "' of " + what
                        + " is empty. Give it a value.");
            }
        }
        return value.orElse("");
    }

    /**
     * Whether the value's lines are the file's lines: a literal block ({@code |}) or a value on one line. A quoted
     * value with escapes or a folded one is not, so positions inside it cannot be told.
     */
    private static boolean linesAsWritten(Node value, String text) {
        if (value instanceof ScalarNode scalar && scalar.getScalarStyle().getChar() != null
                && scalar.getScalarStyle().getChar() == '|') {
            return true;
        }
        return value.getStartMark() != null && value.getEndMark() != null
                && value.getStartMark().getLine() == value.getEndMark().getLine() && text.indexOf('\n') < 0;
    }

    /** Markdown inside YAML, with the references and file links found in it located in the YAML file. */
    Text text(String key) {
        return string(key).map(markdown -> {
            Node value = entries.get(key).getValueNode();
            Location at = at(value);
            Location start = at;
            int indent = at.column() - 1;
            if (value instanceof ScalarNode scalar && scalar.getScalarStyle().getChar() != null
                    && (scalar.getScalarStyle().getChar() == '|' || scalar.getScalarStyle().getChar() == '>')) {
                // a block scalar starts on the line after its indicator, indented past its key
                start = new Location(file, at.line() + 1, 1);
                indent = keyLocation(key).column() - 1 + 2;
            }
            InlineScanner.Found found = InlineScanner.markdown(markdown, file, start.line(), indent);
            if (!linesAsWritten(value, markdown)) {
                // escapes ("\n") and folding move text to other lines and columns than in the file (found by
                // fuzzing): point at the value itself rather than at a place the file does not have
                found = new InlineScanner.Found(
                        found.references().stream().map(r -> new Ref(r.id(), at)).toList(),
                        found.fileLinks().stream().map(l -> new FileLink(l.path(), l.fragment(), l.kind(), at))
                                .toList(),
                        found.rawHtml().stream().map(l -> at).toList());
            }
            return new Text(markdown, start, found.references(), found.fileLinks(), found.rawHtml());
        }).orElse(Text.EMPTY);
    }

    Optional<Boolean> bool(String key) {
        return node(key).flatMap(value -> {
            String text = scalarText(value);
            if (text != null && value.getTag().equals(Tag.BOOL)) {
                String t = text.toLowerCase(Locale.ROOT);
                return Optional.of(t.equals("true") || t.equals("yes") || t.equals("on") || t.equals("y"));
            }
            wrongType(key, value, "true or false");
            return Optional.empty();
        });
    }

    Optional<Integer> integer(String key, int min, int max) {
        return node(key).flatMap(value -> {
            String text = scalarText(value);
            if (text != null && value.getTag().equals(Tag.INT)) {
                try {
                    int n = Integer.parseInt(text.replace("_", ""));
                    if (n >= min && n <= max) {
                        return Optional.of(n);
                    }
                    findings.error("out-of-range", at(value), "'" + key + "' of " + what + " is " + n
                            + "; it must be from " + min + " to " + max + ".");
                    return Optional.empty();
                } catch (NumberFormatException e) {
                    // falls through to the type error below
                }
            }
            wrongType(key, value, "a whole number from " + min + " to " + max);
            return Optional.empty();
        });
    }

    Optional<LocalDate> date(String key) {
        return node(key).flatMap(value -> {
            String text = scalarText(value);
            if (text != null) {
                try {
                    return Optional.of(LocalDate.parse(text.trim()));
                } catch (DateTimeParseException e) {
                    // reported below
                }
            }
            findings.error("invalid-date", at(value), "'" + key + "' of " + what + " is not a date: '"
                    + (text == null ? describe(value) : text) + "'. Write it as YYYY-MM-DD, e.g. 2026-03-01.");
            return Optional.empty();
        });
    }

    Optional<Period> period(String key) {
        return node(key).flatMap(value -> {
            String text = scalarText(value);
            if (text != null) {
                String t = text.trim();
                Period word = PERIOD_WORDS.get(t.toLowerCase(Locale.ROOT));
                if (word != null) {
                    return Optional.of(word);
                }
                try {
                    Period p = Period.parse(t);
                    if (!p.isNegative() && !p.isZero()) {
                        return Optional.of(p);
                    }
                } catch (DateTimeParseException e) {
                    // reported below
                }
            }
            findings.error("invalid-period", at(value), "'" + key + "' of " + what + " is not a review period: '"
                    + (text == null ? describe(value) : text) + "'. Use an ISO 8601 period such as P12M, P6M or P3M,"
                    + " or one of annual, semiannual, quarterly, monthly.");
            return Optional.empty();
        });
    }

    /** A value from a fixed set; reports the valid values when it is not one of them. */
    Optional<String> oneOf(String key, List<String> allowed) {
        return string(key).flatMap(value -> {
            if (allowed.contains(value)) {
                return Optional.of(value);
            }
            findings.error("invalid-value", locationOf(key), "'" + key + "' of " + what + " is '" + value
                    + "', which is not one of: " + String.join(", ", allowed) + "." + Closest.hint(value, allowed));
            return Optional.empty();
        });
    }

    /** A list of allowed words, also accepting a single word. */
    List<String> wordsOf(String key, List<String> allowed) {
        List<String> words = new ArrayList<>();
        for (Ref ref : refs(key)) {
            if (allowed.contains(ref.id())) {
                words.add(ref.id());
            } else {
                findings.error("invalid-value", ref.location(), "'" + ref.id() + "' in '" + key + "' of " + what
                        + " is not one of: " + String.join(", ", allowed) + "." + Closest.hint(ref.id(), allowed));
            }
        }
        return words;
    }

    Optional<Ref> ref(String key) {
        return node(key).flatMap(value -> {
            String text = scalarText(value);
            if (text == null || noId(text)) {
                wrongType(key, value, "an id");
                return Optional.empty();
            }
            return Optional.of(new Ref(text.trim(), at(value)));
        });
    }

    /** Blank, or only control characters, which trim() takes away as well (found by fuzzing). */
    private static boolean noId(String text) {
        return text.isBlank() || text.trim().isEmpty();
    }

    /** A list of ids; a single id may be written as a plain value. Clause numbers like 5.2 are read as written. */
    List<Ref> refs(String key) {
        Optional<Node> value = node(key);
        if (value.isEmpty()) {
            return List.of();
        }
        List<Ref> refs = new ArrayList<>();
        if (value.get() instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                String text = scalarText(item);
                if (text == null || noId(text)) {
                    findings.error("wrong-type", at(item), "Each item of '" + key + "' of " + what
                            + " must be an id, but this is " + describe(item) + ".");
                } else {
                    refs.add(new Ref(text.trim(), at(item)));
                }
            }
        } else {
            String text = scalarText(value.get());
            if (text == null) {
                wrongType(key, value.get(), "a list of ids");
            } else if (!noId(text)) {
                refs.add(new Ref(text.trim(), at(value.get())));
            }
        }
        return refs;
    }

    Optional<YamlMap> map(String key) {
        return node(key).flatMap(value -> of(value, file, lineOffset, findings, "'" + key + "' of " + what));
    }

    /** A list of mappings, each wrapped; {@code itemWhat} names an item in messages. */
    List<YamlMap> maps(String key, String itemWhat) {
        Optional<Node> value = node(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (!(value.get() instanceof SequenceNode sequence)) {
            wrongType(key, value.get(), "a list");
            return List.of();
        }
        List<YamlMap> maps = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            of(item, file, lineOffset, findings, itemWhat).ifPresent(maps::add);
        }
        return maps;
    }

    /** A mapping of plain values, for free-form rows such as a system's data inputs. */
    Map<String, String> flat() {
        Map<String, String> values = new LinkedHashMap<>();
        entries.forEach((key, tuple) -> {
            String text = scalarText(tuple.getValueNode());
            if (text == null && !isNull(tuple.getValueNode())) {
                wrongType(key, tuple.getValueNode(), "a text");
            } else if (text != null) {
                values.put(key, text);
            }
        });
        return values;
    }

    Approval approval(String key) {
        return map(key).map(m -> {
            m.allowOnly(List.of("by", "date"));
            return new Approval(m.ref("by").orElse(null), m.date("date").orElse(null));
        }).orElse(null);
    }

    /** {@code reviewEvery} with {@code lastReviewed} (or another start key), and {@code validUntil}. */
    Review review(String startKey) {
        Period every = period("reviewEvery").orElse(null);
        LocalDate start = date(startKey).orElse(null);
        LocalDate validUntil = date("validUntil").orElse(null);
        if (every == null && start == null && validUntil == null) {
            return Review.NONE;
        }
        Location where = has("reviewEvery") ? keyLocation("reviewEvery")
                : has("validUntil") ? keyLocation("validUntil") : keyLocation(startKey);
        return new Review(every, start, validUntil, where, has(startKey) ? keyLocation(startKey) : null,
                has("validUntil") ? keyLocation("validUntil") : null);
    }

    void wrongType(String key, Node value, String expected) {
        findings.error("wrong-type", at(value), "'" + key + "' of " + what + " must be " + expected + ", but it is "
                + describe(value) + ".");
    }

    Location at(Node n) {
        return locate(n, file, lineOffset);
    }

    static Location locate(Node n, String file, int lineOffset) {
        if (n == null || n.getStartMark() == null) {
            return new Location(file, lineOffset + 1, 1);
        }
        return new Location(file, n.getStartMark().getLine() + 1 + lineOffset, n.getStartMark().getColumn() + 1);
    }

    static String scalarText(Node n) {
        if (n instanceof ScalarNode scalar && !n.getTag().equals(Tag.NULL)) {
            return scalar.getValue();
        }
        return null;
    }

    static boolean isNull(Node n) {
        return n instanceof ScalarNode && n.getTag().equals(Tag.NULL);
    }

    static String describe(Node n) {
        if (n instanceof MappingNode) {
            return "a mapping";
        }
        if (n instanceof SequenceNode) {
            return "a list";
        }
        if (isNull(n)) {
            return "empty";
        }
        return "'" + ((ScalarNode) n).getValue() + "'";
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
