package io.github.aimshandbook.engine.load;

import io.github.aimshandbook.engine.model.Findings;
import io.github.aimshandbook.engine.model.Location;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Limits on the shapes of Markdown and AsciiDoc that the libraries cannot bound themselves: flexmark-java, Asciidoctor
 * and openhtmltopdf recurse once per level of nesting, so a document of 20,000 nested block quotes overflows the
 * stack, and the PDF's layout slows down sharply long before that. A cheap scan of the text, before any library sees
 * it, finds where a limit is passed. The limits are far above what real documents have (the deepest nesting of the
 * example handbook and of public policy template sets is below 10 levels, the widest table has 14 columns) and far
 * below what breaks the libraries.
 */
final class MarkupLimits {

    /** Block quotes, lists and AsciiDoc blocks inside one another. */
    static final int MAX_NESTING = 32;
    /** Brackets opened and not yet closed within one paragraph. */
    static final int MAX_BRACKETS = 32;
    /** HTML elements written inside one another in the text. */
    static final int MAX_HTML_NESTING = 32;
    static final int MAX_LINE_LENGTH = 100_000;
    static final int MAX_TABLE_COLUMNS = 100;
    static final int MAX_TABLE_CELLS = 50_000;

    private static final Pattern MD_FENCE = Pattern.compile("^(`{3,}|~{3,})");
    private static final Pattern LIST_MARKER = Pattern.compile("^([-+*]|\\d{1,9}[.)])(?=[ \\t]|$)");
    private static final Pattern HTML_TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9-]*)(?:\\s[^<>]*)?(/?)>");
    /** Elements that have no end tag, or whose end tag may be left out: they do not nest as written. */
    private static final Set<String> UNNESTED = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "param", "source", "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "thead",
            "tbody", "tfoot", "option", "optgroup", "colgroup", "caption", "rt", "rp");
    private static final Pattern ADOC_DELIMITER = Pattern.compile("^(={4,}|\\*{4,}|_{4,}|-{4,}|\\.{4,}|\\+{4,}|/{4,}"
            + "|~{4,}|`{3,}|--|[|!,:]={3,})\\s*$");
    /** AsciiDoc blocks whose content is not parsed: only their closing line counts. */
    private static final Pattern ADOC_VERBATIM = Pattern.compile("^(-{4,}|\\.{4,}|\\+{4,}|/{4,}|`{3,})$");
    private static final Pattern ADOC_LIST = Pattern.compile("^[ \\t]*(\\*+|\\.+|-)[ \\t]");

    private final String file;
    private final int firstLine;
    private final int indent;
    /** The first place each limit was passed, by the limit's description; reported in the order found. */
    private final Map<String, Passed> passed = new LinkedHashMap<>();

    private record Passed(int line, int column, String what, String hint) {
    }

    private MarkupLimits(String file, int firstLine, int indent) {
        this.file = file;
        this.firstLine = firstLine;
        this.indent = indent;
    }

    /**
     * Whether a Markdown text is within the limits; if not, reports each limit passed where it is first passed.
     * {@code firstLine} is the file line of the text's first line, {@code indent} the columns it is indented by in
     * its file.
     */
    static boolean markdown(String text, String file, int firstLine, int indent, Findings findings) {
        MarkupLimits scan = new MarkupLimits(file, firstLine, indent);
        scan.scanMarkdown(text);
        return scan.report(findings);
    }

    /** Whether an AsciiDoc text is within the limits, as {@link #markdown} for Markdown. */
    static boolean asciidoc(String text, String file, int firstLine, Findings findings) {
        MarkupLimits scan = new MarkupLimits(file, firstLine, 0);
        scan.scanAsciidoc(text);
        return scan.report(findings);
    }

    private void scanMarkdown(String text) {
        String[] lines = text.split("\n", -1);
        String fence = null;
        int brackets = 0;
        int html = 0;
        int tableCells = 0;
        boolean inTable = false;
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (lineTooLong(line, n)) {
                continue;
            }
            int i = 0;
            int depth = 0;
            int width = 0;
            // the containers a line opens: block quote markers and list markers, and its indentation, which nests
            // list items two columns per level
            while (i < line.length()) {
                char c = line.charAt(i);
                if (c == ' ' || c == '\t') {
                    width += c == '\t' ? 4 : 1;
                    i++;
                    continue;
                }
                Matcher marker = LIST_MARKER.matcher(line).region(i, line.length());
                if (c == '>' || fence == null && marker.lookingAt()) {
                    depth++;
                    check(depth + width / 2 > MAX_NESTING, "nesting", n, i, "more than " + MAX_NESTING
                            + " block quotes and lists inside one another", "Flatten the structure: no real"
                            + " document needs that depth, and the parser would run out of stack on it.");
                    i += c == '>' ? 1 : marker.end() - i;
                    continue;
                }
                break;
            }
            check(fence == null && depth + width / 2 > MAX_NESTING, "nesting", n, i, "more than " + MAX_NESTING
                    + " block quotes and lists inside one another", "Flatten the structure: no real document needs"
                    + " that depth, and the parser would run out of stack on it.");
            String rest = line.substring(i);
            Matcher opens = MD_FENCE.matcher(rest);
            if (fence == null && opens.lookingAt()) {
                fence = opens.group(1);
                continue;
            }
            if (fence != null) {
                char fenceChar = fence.charAt(0);
                if (rest.startsWith(fence) && rest.strip().chars().allMatch(ch -> ch == fenceChar)) {
                    fence = null;
                }
                continue;
            }
            if (line.isBlank()) {
                brackets = 0;
                inTable = false;
                tableCells = 0;
                continue;
            }
            for (int j = i; j < line.length(); j++) {
                char c = line.charAt(j);
                if (c == '\\') {
                    j++;
                } else if (c == '[') {
                    brackets++;
                    check(brackets > MAX_BRACKETS, "brackets", n, j, "more than " + MAX_BRACKETS + " brackets '['"
                            + " opened and not closed", "Close them or escape them as '\\['; the parser would run"
                            + " out of stack on them.");
                } else if (c == ']' && brackets > 0) {
                    brackets--;
                }
            }
            html = html(line, n, html);
            if (rest.indexOf('|') >= 0) {
                int cells = cells(rest);
                if (!inTable && n + 1 < lines.length && lines[n + 1].matches("^[ \\t>]*\\|?[ \\t]*:?-+:?[ \\t]*"
                        + "(\\|[ \\t]*:?-+:?[ \\t]*)*\\|?[ \\t]*$") && lines[n + 1].indexOf('-') >= 0) {
                    inTable = true;
                    check(cells > MAX_TABLE_COLUMNS, "table columns", n, i, "a table of " + cells + " columns,"
                            + " more than " + MAX_TABLE_COLUMNS, "Split the table, or attach the data as a"
                            + " CSV or spreadsheet file under files/ and link to it.");
                }
                if (inTable) {
                    tableCells += cells;
                    check(tableCells > MAX_TABLE_CELLS, "table cells", n, i, "a table of more than "
                            + MAX_TABLE_CELLS + " cells", "Split the table, or attach the data as a CSV or"
                            + " spreadsheet file under files/ and link to it.");
                }
            }
        }
    }

    private void scanAsciidoc(String text) {
        String[] lines = text.split("\n", -1);
        Deque<String> open = new ArrayDeque<>();
        int brackets = 0;
        int html = 0;
        int tableCells = 0;
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (lineTooLong(line, n)) {
                continue;
            }
            String delimiter = line.strip();
            boolean verbatim = !open.isEmpty() && ADOC_VERBATIM.matcher(open.peek()).matches();
            if (verbatim) {
                if (delimiter.equals(open.peek())) {
                    open.pop();
                }
                continue;
            }
            if (ADOC_DELIMITER.matcher(line).matches()) {
                if (open.contains(delimiter)) {
                    while (!open.pop().equals(delimiter)) {
                        // blocks left open inside the one that closes end with it, as Asciidoctor ends them
                    }
                } else {
                    open.push(delimiter);
                    check(open.size() > MAX_NESTING, "nesting", n, 0, "more than " + MAX_NESTING + " blocks"
                            + " inside one another", "Flatten the structure: no real document needs that depth,"
                            + " and the converter would run out of stack on it.");
                    if (delimiter.endsWith("===") && delimiter.length() == 4) {
                        tableCells = 0;
                    }
                }
                continue;
            }
            if (line.isBlank()) {
                brackets = 0;
                continue;
            }
            Matcher list = ADOC_LIST.matcher(line);
            if (list.lookingAt()) {
                check(open.size() + list.group(1).length() > MAX_NESTING, "nesting", n, list.start(1), "more than "
                        + MAX_NESTING + " blocks and list levels inside one another", "Flatten the structure: no"
                        + " real document needs that depth, and the converter would run out of stack on it.");
            }
            for (int j = 0; j < line.length(); j++) {
                char c = line.charAt(j);
                if (c == '\\') {
                    j++;
                } else if (c == '[') {
                    brackets++;
                    check(brackets > MAX_BRACKETS, "brackets", n, j, "more than " + MAX_BRACKETS + " brackets '['"
                            + " opened and not closed", "Close them or escape them as '\\['.");
                } else if (c == ']' && brackets > 0) {
                    brackets--;
                }
            }
            html = html(line, n, html);
            if (!open.isEmpty() && open.peek().matches("[|!,:]===") && line.indexOf(open.peek().charAt(0)) >= 0) {
                tableCells += cells(line);
                check(tableCells > MAX_TABLE_CELLS, "table cells", n, 0, "a table of more than " + MAX_TABLE_CELLS
                        + " cells", "Split the table, or attach the data as a CSV or spreadsheet file under files/"
                        + " and link to it.");
            }
        }
    }

    private boolean lineTooLong(String line, int n) {
        boolean tooLong = line.length() > MAX_LINE_LENGTH;
        check(tooLong, "line length", n, MAX_LINE_LENGTH, "a line of " + line.length() + " characters, more than "
                + MAX_LINE_LENGTH, "Break it into lines; put data or embedded images into files under files/.");
        return tooLong;
    }

    /** The depth of raw HTML elements after {@code line}, reporting where it passes the limit. */
    private int html(String line, int n, int depth) {
        if (line.indexOf('<') < 0) {
            return depth;
        }
        Matcher tag = HTML_TAG.matcher(line);
        while (tag.find()) {
            if (UNNESTED.contains(tag.group(2).toLowerCase(java.util.Locale.ROOT)) || !tag.group(3).isEmpty()) {
                continue;
            }
            if (tag.group(1).isEmpty()) {
                depth++;
                check(depth > MAX_HTML_NESTING, "html nesting", n, tag.start(), "more than " + MAX_HTML_NESTING
                        + " HTML elements inside one another", "Close the elements you open; the handbook's layout"
                        + " would give up on that depth.");
            } else if (depth > 0) {
                depth--;
            }
        }
        return depth;
    }

    /** The cells of a table row: the parts between unescaped '|'. */
    private static int cells(String row) {
        int bars = 0;
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '|') {
                bars++;
            }
        }
        String stripped = row.strip();
        int edges = (stripped.startsWith("|") ? 1 : 0) + (stripped.endsWith("|") && stripped.length() > 1 ? 1 : 0);
        return Math.max(1, bars + 1 - edges);
    }

    private void check(boolean exceeded, String limit, int line, int column, String what, String hint) {
        if (exceeded && !passed.containsKey(limit)) {
            passed.put(limit, new Passed(line, column, what, hint));
        }
    }

    private boolean report(Findings findings) {
        passed.forEach((limit, p) -> findings.error("markup-limit", new Location(file, firstLine + p.line(),
                indent + p.column() + 1), "The text passes the limit on " + limit + " here: " + p.what() + ". Its"
                        + " text is left out of the handbook; the rest of the content is checked as usual. "
                        + p.hint()));
        return passed.isEmpty();
    }
}
