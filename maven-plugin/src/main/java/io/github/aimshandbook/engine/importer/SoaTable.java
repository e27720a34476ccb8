package io.github.aimshandbook.engine.importer;

import io.github.aimshandbook.engine.model.Catalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Statement of Applicability written as a Markdown table: a header with a control column and at least one of
 * applicable, justification and status, one row per Annex A control ({@code | A.2.2 AI policy | Yes | Required by
 * ... | Implemented |}). Yes/No, ticks and crosses, and the usual status words are understood; what a cell says that
 * the content format has no word for is listed. Stateless.
 */
final class SoaTable {

    /** One control's row: the decision as the content format writes it, and the row's line (1-based, in the file). */
    record Row(String control, Boolean applicable, String status, String justification, String owner, int line,
            List<String> notes) {
        Row {
            notes = List.copyOf(notes);
        }
    }

    /** The rows of the table, first row of each control, and what could not be read. */
    record Read(Map<String, Row> rows, List<String> problems) {
    }

    private static final Pattern CONTROL = Pattern.compile("\\bA\\.\\d{1,2}(?:\\.\\d{1,2}){1,2}\\b");

    private final Catalog catalog;

    SoaTable(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The SoA table of {@code text}, if it has one. */
    Optional<Read> in(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i + 1 < lines.length; i++) {
            if (!lines[i].strip().startsWith("|") || !lines[i + 1].strip().matches("\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?")) {
                continue;
            }
            List<String> header = Metadata.cells(lines[i]).stream().map(c -> Values.plain(c).toLowerCase(Locale.ROOT))
                    .toList();
            int end = i + 2;
            while (end < lines.length && lines[end].strip().startsWith("|")) {
                end++;
            }
            int control = controlColumn(lines, i + 2, end, header.size());
            int applicable = column(header, "applicab", "applies", "included", "selected", "in scope", "relevant");
            int justification = column(header, "justification", "reason", "rationale", "why");
            int status = column(header, "status", "implemented", "implementation");
            int owner = column(header, "owner", "responsible");
            if (control < 0 || (applicable < 0 && justification < 0 && status < 0)) {
                continue;
            }
            Map<String, Row> rows = new LinkedHashMap<>();
            List<String> problems = new ArrayList<>();
            for (int r = i + 2; r < end; r++) {
                List<String> cells = Metadata.cells(lines[r]);
                Matcher id = CONTROL.matcher(cell(cells, control));
                if (!id.find()) {
                    problems.add("line " + (r + 1) + ": the row names no Annex A control in its '" + header.get(control)
                            + "' column; it was not imported.");
                    continue;
                }
                String controlId = id.group();
                if (catalog.control(controlId).isEmpty()) {
                    problems.add("line " + (r + 1) + ": Annex A has no control " + controlId + "; the row was not"
                            + " imported.");
                    continue;
                }
                if (rows.containsKey(controlId)) {
                    problems.add("line " + (r + 1) + ": " + controlId + " is in the table twice; the first row (line "
                            + rows.get(controlId).line() + ") was imported.");
                    continue;
                }
                rows.put(controlId, row(controlId, cells, applicable, justification, status, owner, r + 1));
            }
            if (rows.size() >= 3) {
                return Optional.of(new Read(rows, problems));
            }
        }
        return Optional.empty();
    }

    private static Row row(String control, List<String> cells, int applicable, int justification, int status, int owner,
            int line) {
        List<String> notes = new ArrayList<>();
        String statusText = Values.plain(cell(cells, status));
        Boolean isApplicable = applicable < 0 ? null : applicable(Values.plain(cell(cells, applicable)));
        if (applicable >= 0 && isApplicable == null) {
            notes.add("'" + Values.plain(cell(cells, applicable)) + "' does not say whether the control applies:"
                    + " written as applicable");
        }
        if (applicable < 0 && statusText.toLowerCase(Locale.ROOT).matches(".*\\b(not applicable|n/a|excluded)\\b.*")) {
            isApplicable = false;
        }
        String mapped = null;
        if (!Boolean.FALSE.equals(isApplicable) && status >= 0) {
            mapped = status(statusText);
            if (mapped == null) {
                notes.add(statusText.isEmpty() ? "no status is given: written as not-started" : "the status '"
                        + statusText + "' is none of implemented, partial, planned or not-started: written as"
                        + " not-started");
            }
        }
        return new Row(control, isApplicable, mapped, Values.plain(cell(cells, justification)),
                Values.plain(cell(cells, owner)), line, notes);
    }

    static Boolean applicable(String cell) {
        String text = cell.toLowerCase(Locale.ROOT).strip();
        String after = "(\\s.*|[.,;:!(].*)?";
        if (text.matches("(yes|y|true|applicable|included|include|in scope|selected|✓|✔|✔️|✅|x|☑|\\[x])" + after)) {
            return true;
        }
        if (text.matches("(no|n|false|not applicable|n/a|na|excluded|exclude|out of scope|not selected|✗|✘|❌)"
                + after)) {
            return false;
        }
        return null;
    }

    static String status(String cell) {
        String text = cell.toLowerCase(Locale.ROOT).strip();
        if (text.matches("no|none|not yet|open|gap|to do|todo|-") || text.matches(".*\\b(not started|not"
                + " implemented|not in place|not yet (started|implemented))\\b.*")) {
            return "not-started";
        }
        if (text.matches(".*\\b(partial|partially|in progress|ongoing|under way|underway|started)\\b.*")) {
            return "partial";
        }
        if (text.matches(".*\\b(planned|scheduled|intended|future)\\b.*")) {
            return "planned";
        }
        if (text.matches(".*\\b(implemented|in place|done|complete|completed|operational|yes|effective)\\b.*")) {
            return "implemented";
        }
        return null;
    }

    /** The column that names the controls: the one whose cells hold the most Annex A ids, or -1. */
    private static int controlColumn(String[] lines, int first, int end, int columns) {
        int best = -1;
        long most = 0;
        for (int c = 0; c < columns; c++) {
            int column = c;
            long ids = java.util.stream.IntStream.range(first, end).mapToObj(r -> cell(Metadata.cells(lines[r]), column))
                    .filter(cell -> CONTROL.matcher(cell).find()).count();
            if (ids > most) {
                most = ids;
                best = c;
            }
        }
        return best;
    }

    private static int column(List<String> header, String... words) {
        for (String word : words) {
            for (int c = 0; c < header.size(); c++) {
                if (header.get(c).contains(word)) {
                    return c;
                }
            }
        }
        return -1;
    }

    private static String cell(List<String> cells, int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : "";
    }
}
