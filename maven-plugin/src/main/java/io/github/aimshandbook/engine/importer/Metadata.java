package io.github.aimshandbook.engine.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads the metadata a document states about itself, where template sets write it: YAML front matter, "Key: value"
 * lines ("**Document ID:** POL-01") and two-column or paired tables ({@code | Owner | CISO |}) at the top of the
 * document or in a section such as "Document control", and a few sentences of the text ("This policy is reviewed
 * every 12 months", "The document owner is the CISO"). A block whose every field the import turns into front matter
 * is removed from the body; a block that also holds something front matter has no key for (classification, author)
 * stays, so that nothing the author wrote is lost. Version history tables are never metadata. Stateless.
 */
final class Metadata {

    /** What a field means for the import. {@code OTHER} is metadata that front matter has no key for. */
    enum Key { ID, TITLE, OWNER, VERSION, STATUS, REVIEW, LAST_REVIEWED, APPROVED_BY, APPROVED_ON, ORGANIZATION, OTHER }

    /** One stated value: its meaning, the label as written, the value as text, and its line (1-based, in the file). */
    record Field(Key key, String label, String value, int line, String where) {
    }

    /** Lines [first, last] (1-based, in the file) that the import removes from the body, and what they were. */
    record Removed(int first, int last, String what) {
    }

    /** What was read: the fields (first statement of each key first), what was removed, and the body that is left. */
    record Read(List<Field> fields, List<Removed> removed, List<Removed> kept, String body, String title,
            List<String> notes) {

        Optional<Field> first(Key key) {
            return fields.stream().filter(f -> f.key() == key).findFirst();
        }
    }

    private static final Map<String, Key> KEYS = new LinkedHashMap<>();

    static {
        keys(Key.ID, "document id", "doc id", "document number", "document no", "document no.", "doc no", "doc no.",
                "doc ref", "document ref", "document reference", "reference", "ref", "ref.", "id", "document code",
                "policy id", "procedure id", "policy number", "procedure number", "record id", "form id");
        keys(Key.TITLE, "title", "document title", "document name", "policy name", "procedure name", "name");
        keys(Key.OWNER, "owner", "document owner", "policy owner", "procedure owner", "process owner", "record owner",
                "owned by", "responsible", "responsible role", "accountable", "accountable role", "custodian");
        keys(Key.VERSION, "version", "document version", "revision", "rev", "rev.", "current version",
                "version number", "version no", "version no.", "issue");
        keys(Key.STATUS, "status", "document status", "approval status", "state");
        keys(Key.REVIEW, "review cycle", "review period", "review frequency", "review interval", "frequency of review",
                "review", "reviewed", "review schedule", "review cadence");
        keys(Key.LAST_REVIEWED, "last reviewed", "last review", "last review date", "date of last review",
                "last reviewed on", "reviewed on");
        keys(Key.APPROVED_BY, "approved by", "approver", "approving authority", "approval by", "authorised by",
                "authorized by");
        keys(Key.APPROVED_ON, "approval date", "approved on", "date approved", "date of approval", "approved date");
        keys(Key.ORGANIZATION, "organization", "organisation", "company", "company name", "organization name",
                "organisation name", "entity", "legal entity");
        keys(Key.OTHER, "classification", "confidentiality", "security classification", "author", "prepared by",
                "created by", "effective date", "effective from", "date", "next review", "next review date",
                "review date", "distribution", "audience", "applies to", "scope", "iso/iec 42001 reference",
                "related standard", "standard", "created", "last updated", "updated", "issue date", "date of issue",
                "department", "location", "template version", "language", "supersedes", "related documents");
    }

    private static void keys(Key key, String... labels) {
        for (String label : labels) {
            KEYS.put(label, key);
        }
    }

    /** Header words of a metadata table written as {@code | Field | Value |}. */
    private static final Pattern HEADER = Pattern.compile("(?i)(field|item|property|attribute|key|metadata|document"
            + " (control|information|details|properties)|detail|details|value|values|information|description|)");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern CONTROL_SECTION = Pattern.compile("(?i).*\\b(document (control|information|details"
            + "|properties|metadata|management)|about this document|metadata)\\b.*");
    /** A sentence about the document itself: "This policy is reviewed every 12 months", "annual review of this". */
    private static final Pattern REVIEW_TEXT = Pattern.compile("(?i)\\b(?:this|the)\\s+(?:policy|procedure|document"
            + "|plan|standard|process|statement|manual|register|record)\\b[^.\\n|]{0,60}?\\b(?:is|are|will be|shall be"
            + "|must be|gets?)\\s+(?:reviewed|revised|updated)\\b[^.\\n|]{0,30}?\\b(annually|yearly|semi-?annually"
            + "|bi-?annually|quarterly|monthly|twice a year|once a year|each year|every\\s+(?:\\d{1,3}|one|two|three|six"
            + "|twelve|eighteen|twenty-four|other)?\\s*(?:months?|years?|quarter))"
            + "|\\b(annual|yearly|semi-?annual|quarterly|monthly)\\s+reviews?\\s+of\\s+this\\b");
    private static final Pattern OWNER_TEXT = Pattern.compile("(?i)\\b(?:document|policy|procedure|process|record)"
            + "\\s+owner\\s*(?:is|:)\\s*(?:the\\s+)?([A-Za-z][^.;:\\n]{2,60})");

    private Metadata() {
    }

    /** Reads {@code text}, a whole Markdown file with '\n' line ends. */
    static Read of(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        List<Field> fields = new ArrayList<>();
        List<Removed> removed = new ArrayList<>();
        List<Removed> keptBlocks = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean[] drop = new boolean[lines.size()];
        int start = frontMatter(lines, fields, removed, notes, drop);

        // the places where metadata is written: the top (up to the first heading after the title) and the sections
        // named like "Document control"
        boolean[] place = new boolean[lines.size()];
        boolean[] fenced = Fences.of(lines.toArray(String[]::new), start);
        boolean top = true;
        boolean section = false;
        boolean titleSeen = false;
        String title = "";
        int sectionLevel = 0;
        for (int i = start; i < lines.size(); i++) {
            String line = lines.get(i);
            if (fenced[i]) {
                continue;
            }
            Matcher h = HEADING.matcher(line);
            if (h.matches()) {
                int level = h.group(1).length();
                if (top && !titleSeen && level == 1) {
                    titleSeen = true;
                    title = Values.plain(h.group(2));
                } else {
                    top = false;
                }
                if (section && level <= sectionLevel) {
                    section = false;
                }
                if (CONTROL_SECTION.matcher(h.group(2)).matches()) {
                    section = true;
                    sectionLevel = level;
                }
                continue;
            }
            place[i] = top || section;
        }

        for (int i = start; i < lines.size(); i++) {
            if (!place[i]) {
                continue;
            }
            if (lines.get(i).strip().startsWith("|")) {
                int end = i;
                while (end + 1 < lines.size() && place[end + 1] && lines.get(end + 1).strip().startsWith("|")) {
                    end++;
                }
                List<Field> table = table(lines, i, end);
                if (!table.isEmpty()) {
                    fields.addAll(table);
                    remove(lines, table, i, end, "metadata table", title, removed, keptBlocks, drop);
                }
                i = end;
                continue;
            }
            Optional<Field> first = keyLine(lines.get(i), i + 1);
            if (first.isPresent()) {
                List<Field> group = new ArrayList<>(List.of(first.get()));
                int end = i;
                for (int j = i + 1; j < lines.size() && place[j]; j++) {
                    if (lines.get(j).isBlank()) {
                        continue;
                    }
                    Optional<Field> next = keyLine(lines.get(j), j + 1);
                    if (next.isEmpty()) {
                        break;
                    }
                    group.add(next.get());
                    end = j;
                }
                fields.addAll(group);
                remove(lines, group, i, end, "metadata lines", title, removed, keptBlocks, drop);
                i = end;
            }
        }

        prose(lines, start, fenced, drop, fields);
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (!drop[i]) {
                body.append(lines.get(i)).append(i + 1 < lines.size() ? "\n" : "");
            }
        }
        String kept = body.toString().replaceFirst("^\\s*\n", "");
        return new Read(fields, removed, keptBlocks, kept, title, notes);
    }

    /** The label of a known metadata field, normalized: "**Document ID:**" is "document id". */
    static Optional<Key> key(String label) {
        String k = Values.plain(label).replaceAll(":$", "").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(KEYS.get(k));
    }

    private static int frontMatter(List<String> lines, List<Field> fields, List<Removed> removed, List<String> notes,
            boolean[] drop) {
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return 0;
        }
        int end = -1;
        for (int i = 1; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.equals("---") || l.equals("...")) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return 0;
        }
        String yaml = String.join("\n", lines.subList(1, end));
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit(1024 * 1024);
        try {
            Object loaded = new Yaml(new SafeConstructor(options)).load(yaml);
            if (loaded instanceof Map<?, ?> map) {
                List<String> ignored = new ArrayList<>();
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    String label = String.valueOf(e.getKey());
                    Optional<Key> key = frontMatterKey(label);
                    if (key.isPresent() && e.getValue() != null && !(e.getValue() instanceof Map)
                            && !(e.getValue() instanceof List)) {
                        fields.add(new Field(key.get(), label, scalar(e.getValue()), lineOf(lines, label, end),
                                "front matter"));
                    } else {
                        ignored.add(label);
                    }
                }
                if (!ignored.isEmpty()) {
                    notes.add("Front matter keys not imported (the content format has no such key, or the value is"
                            + " not a single value): " + String.join(", ", ignored) + ".");
                }
            } else if (loaded != null) {
                notes.add("The front matter is not a mapping of keys to values; it was removed.");
            }
        } catch (YAMLException e) {
            notes.add("The front matter is not valid YAML (" + firstLine(e.getMessage()) + "); it was removed, and"
                    + " none of its values were imported.");
        }
        for (int i = 0; i <= end; i++) {
            drop[i] = true;
        }
        removed.add(new Removed(1, end + 1, "front matter"));
        return end + 1;
    }

    private static Optional<Key> frontMatterKey(String label) {
        return switch (label) {
            case "reviewEvery", "review_every", "reviewCycle", "review_cycle" -> Optional.of(Key.REVIEW);
            case "lastReviewed", "last_reviewed" -> Optional.of(Key.LAST_REVIEWED);
            default -> key(label.replace('_', ' ').replace('-', ' ')).filter(k -> k != Key.OTHER);
        };
    }

    /** A front matter value as text; SnakeYAML reads an unquoted 2026-05-04 as a date at midnight UTC. */
    private static String scalar(Object value) {
        if (value instanceof java.util.Date date) {
            return date.toInstant().atOffset(java.time.ZoneOffset.UTC).toLocalDate().toString();
        }
        return String.valueOf(value).strip();
    }

    private static int lineOf(List<String> lines, String key, int end) {
        for (int i = 1; i < end; i++) {
            if (lines.get(i).startsWith(key + ":")) {
                return i + 1;
            }
        }
        return 1;
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse("").strip();
    }

    /** A "Key: value" line with a known key, e.g. "- **Owner:** Head of AI". */
    private static Optional<Field> keyLine(String line, int number) {
        String text = line.strip().replaceFirst("^[-*+]\\s+", "").replaceAll("\\s*<br\\s*/?>\\s*$", "");
        int colon = text.indexOf(':');
        if (colon <= 0 || colon > 48 || text.startsWith("|") || text.startsWith("#") || text.startsWith(">")) {
            return Optional.empty();
        }
        String label = text.substring(0, colon);
        String value = text.substring(colon + 1).replaceFirst("^\\s*(\\*\\*|__)", "");
        if (label.matches(".*(https?|ftp)$")) {
            return Optional.empty();
        }
        return key(label).map(k -> new Field(k, Values.plain(label).replaceAll(":$", "").strip(),
                Values.plain(value), number, "line " + number));
    }

    /** The fields of a metadata table at lines [first, last] (0-based), or none when it is another kind of table. */
    private static List<Field> table(List<String> lines, int first, int last) {
        List<Field> fields = new ArrayList<>();
        int keyCells = 0;
        int known = 0;
        for (int i = first; i <= last; i++) {
            List<String> cells = cells(lines.get(i));
            if (cells.stream().allMatch(c -> c.matches(":?-+:?"))) {
                continue; // the delimiter row
            }
            if (cells.size() % 2 != 0) {
                return List.of();
            }
            boolean header = i == first && cells.stream().allMatch(c -> HEADER.matcher(Values.plain(c)).matches());
            if (header) {
                continue;
            }
            for (int c = 0; c + 1 < cells.size(); c += 2) {
                if (cells.get(c).isBlank() && cells.get(c + 1).isBlank()) {
                    continue;
                }
                keyCells++;
                Optional<Key> key = key(cells.get(c));
                if (key.isPresent()) {
                    known++;
                    fields.add(new Field(key.get(), Values.plain(cells.get(c)).replaceAll(":$", "").strip(),
                            Values.plain(cells.get(c + 1)), i + 1, "table, line " + (i + 1)));
                } else {
                    fields.add(new Field(Key.OTHER, Values.plain(cells.get(c)), Values.plain(cells.get(c + 1)), i + 1,
                            "table, line " + (i + 1)));
                }
            }
        }
        return known >= 2 && known * 2 >= keyCells ? fields : List.of();
    }

    /** The cells of a table row, split at pipes that are not escaped. */
    static List<String> cells(String row) {
        String text = row.strip();
        if (text.startsWith("|")) {
            text = text.substring(1);
        }
        if (text.endsWith("|") && !text.endsWith("\\|")) {
            text = text.substring(0, text.length() - 1);
        }
        return List.of(text.split("(?<!\\\\)\\|", -1)).stream().map(String::strip).toList();
    }

    /**
     * Removes a block when the import keeps every field of it in front matter; keeps it (and says nothing) when a
     * field has no key there or a value the import cannot read, since removing it would lose what the author wrote.
     */
    private static void remove(List<String> lines, List<Field> block, int first, int last, String what,
            String title, List<Removed> removed, List<Removed> kept, boolean[] drop) {
        List<String> left = block.stream().filter(f -> !importable(f, block, title)).map(Field::label).distinct()
                .toList();
        if (!left.isEmpty()) {
            kept.add(new Removed(first + 1, last + 1, what + " kept in the body: front matter has no place for "
                    + String.join(", ", left) + " as written"));
            return;
        }
        for (int i = first; i <= last; i++) {
            drop[i] = true;
        }
        // the blank line that set the block apart goes with it, so that no gap of two blank lines is left
        if (last + 1 < drop.length && lines.get(last + 1).isBlank() && (first == 0 || lines.get(first - 1).isBlank()
                || drop[first - 1])) {
            drop[last + 1] = true;
        }
        removed.add(new Removed(first + 1, last + 1, what + " (" + String.join(", ", block.stream()
                .map(Field::label).toList()) + ")"));
    }

    /** Whether the import turns {@code field} into front matter unchanged in meaning. */
    private static boolean importable(Field field, List<Field> block, String title) {
        if (Values.isPlaceholder(field.value())) {
            return false;
        }
        return switch (field.key()) {
            case ID, OWNER, VERSION -> true;
            case TITLE -> field.value().equalsIgnoreCase(title);
            case REVIEW -> Values.period(field.value()).isPresent();
            case LAST_REVIEWED, APPROVED_ON -> Values.date(field.value()).isPresent();
            case STATUS -> Values.status(field.value()).isPresent();
            case APPROVED_BY -> block.stream().anyMatch(f -> f.key() == Key.APPROVED_ON
                    && Values.date(f.value()).isPresent());
            case ORGANIZATION, OTHER -> false;
        };
    }

    /** The review cycle and the owner where the text says them in a sentence, after the fields stated as fields. */
    private static void prose(List<String> lines, int start, boolean[] fenced, boolean[] drop, List<Field> fields) {
        for (int i = start; i < lines.size(); i++) {
            if (fenced[i] || drop[i] || lines.get(i).strip().startsWith("|")) {
                continue;
            }
            Matcher review = REVIEW_TEXT.matcher(lines.get(i));
            if (review.find()) {
                String said = review.group(1) != null ? review.group(1) : review.group(2);
                fields.add(new Field(Key.REVIEW, "text", said, i + 1, "text, line " + (i + 1)));
            }
            Matcher owner = OWNER_TEXT.matcher(lines.get(i));
            if (owner.find()) {
                fields.add(new Field(Key.OWNER, "text", Values.plain(owner.group(1)), i + 1, "text, line " + (i + 1)));
            }
        }
    }
}
