package io.github.aimshandbook.engine.render;

import org.jsoup.nodes.Element;

/**
 * Fits the tables that authors write into the page of the PDF. openhtmltopdf cuts off whatever is wider than the
 * page, and a table laid out by its content grows as wide as its longest words: a table of many columns would lose
 * its last columns without a word. From {@link #WIDE} columns on a document table is marked for print.css, which
 * sets it in smaller type at exactly the page width; each column gets a share of that width by the length of its
 * text, so that a column of long sentences is not squeezed like a column of ids. Widths the author gave (AsciiDoc's
 * {@code cols}) are kept. From {@link #VERY_WIDE} columns on the type is smaller still. The handbook's own tables are
 * laid out by the print template and are left alone.
 */
final class PrintTables {

    static final int WIDE = 8;
    static final int VERY_WIDE = 11;

    /** Bounds of a column's weight in characters: a narrow column still holds a short word, a long one no more. */
    private static final int NARROWEST = 8;
    private static final int WIDEST = 30;
    /** A word longer than this may break inside: it would take the width of several columns. */
    private static final int LONGEST_WORD = 16;
    /** A word this long in a table of few columns may push it past the page edge unless it may break. */
    private static final int LONG_WORD = 30;

    private PrintTables() {
    }

    static void fit(org.jsoup.nodes.Document print) {
        for (Element table : print.select("div.body table")) {
            if (table.parents().stream().anyMatch(p -> p.tagName().equals("table"))) {
                continue; // a table inside a cell is as wide as its cell
            }
            double[] weights = weights(table);
            if (weights.length < WIDE) {
                if (longWord(table)) {
                    table.addClass("long-words");
                }
                continue;
            }
            table.addClass("wide");
            if (weights.length >= VERY_WIDE) {
                table.addClass("very-wide");
            }
            if (table.selectFirst("col") == null) {
                table.prependChild(colgroup(weights));
            }
        }
    }

    /** Whether a cell holds a word (a URL, an id) too long to sit beside other columns unbroken. */
    private static boolean longWord(Element table) {
        for (Element cell : table.select("td, th")) {
            for (String word : cell.text().split("\\s+")) {
                if (word.length() > LONG_WORD) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The number of columns of a table: its widest row, counting spanned columns. */
    static int columns(Element table) {
        return weights(table).length;
    }

    /**
     * Per column, the average length of its cells' text, within bounds, and at least its longest word up to
     * {@link #LONGEST_WORD}, so that words are not broken where there is room; cells that span columns are left out.
     */
    private static double[] weights(Element table) {
        int columns = 0;
        for (Element row : rows(table)) {
            int width = 0;
            for (Element cell : cells(row)) {
                width += span(cell);
            }
            columns = Math.max(columns, width);
        }
        double[] total = new double[columns];
        int[] count = new int[columns];
        int[] word = new int[columns];
        for (Element row : rows(table)) {
            int column = 0;
            for (Element cell : cells(row)) {
                if (span(cell) == 1 && column < columns) {
                    String text = cell.text();
                    total[column] += Math.max(NARROWEST, Math.min(WIDEST, text.length()));
                    count[column]++;
                    for (String w : text.split("\\s+")) {
                        word[column] = Math.max(word[column], Math.min(LONGEST_WORD, w.length()));
                    }
                }
                column += span(cell);
            }
        }
        double[] weights = new double[columns];
        for (int c = 0; c < columns; c++) {
            weights[c] = count[c] == 0 ? NARROWEST : Math.max(word[c], total[c] / count[c]);
        }
        return weights;
    }

    private static Element colgroup(double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        Element group = new Element("colgroup");
        for (double w : weights) {
            // whole tenths of a percent: the same table gives the same bytes on every machine
            group.appendElement("col").attr("style", "width: " + Math.round(1000 * w / sum) / 10.0 + "%");
        }
        return group;
    }

    private static java.util.List<Element> rows(Element table) {
        return table.select("tr").stream().filter(row -> row.closest("table") == table).toList();
    }

    private static java.util.List<Element> cells(Element row) {
        return row.children().stream().filter(c -> c.tagName().equals("td") || c.tagName().equals("th")).toList();
    }

    private static int span(Element cell) {
        try {
            return Math.max(1, Math.min(1000, Integer.parseInt(cell.attr("colspan").trim())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
