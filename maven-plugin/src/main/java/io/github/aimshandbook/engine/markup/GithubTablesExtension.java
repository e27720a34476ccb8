package io.github.aimshandbook.engine.markup;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of GitHub's tables (the GFM spec, cmark-gfm) that flexmark's tables extension does not follow, added to
 * it: a table may start right after a paragraph line, without a blank line (the paragraph ends where the header row
 * starts); every line after the table up to a blank line or another block is a row, with or without pipes; an
 * escaped pipe inside code in a cell is a pipe; and a table without body rows has no empty {@code tbody}. Used with
 * {@code TablesExtension}, whose options must be set to GitHub's (one header row, header and delimiter of the same
 * width, missing cells added, extra cells dropped).
 */
public final class GithubTablesExtension implements Parser.ParserExtension {

    /** A GFM delimiter row: cells of dashes with optional colons, separated by pipes. */
    private static final Pattern DELIMITER_ROW = Pattern.compile(
            "^ {0,3}\\|?(\\s*:?-+:?\\s*\\|)*\\s*:?-+:?\\s*\\|?\\s*$");

    private GithubTablesExtension() {
    }

    public static GithubTablesExtension create() {
        return new GithubTablesExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.paragraphPreProcessorFactory(new RowsFactory());
        builder.postProcessorFactory(new CellsFactory());
    }

    private static final class RowsFactory implements ParagraphPreProcessorFactory {

        @Override
        public Set<Class<?>> getAfterDependents() {
            return Set.of(ReferencePreProcessorFactory.class);
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }

        @Override
        public ParagraphPreProcessor apply(ParserState state) {
            return new Rows();
        }
    }

    /**
     * Runs in the stage of flexmark's table pre-processor, before and after it on the same paragraph: splits off the
     * text lines in front of a header row (they stay a paragraph) and takes the lines after a table as its rows.
     */
    private static final class Rows implements ParagraphPreProcessor {

        @Override
        public int preProcessBlock(Paragraph block, ParserState state) {
            if (block.getPrevious() instanceof TableBlock table && directlyAfter(table, block)) {
                return continueTable(table, block, state);
            }
            int header = headerRowAfterText(block);
            if (header <= 0) {
                return 0;
            }
            List<BasedSequence> lines = new ArrayList<>(block.getContentLines().subList(0, header));
            int[] indents = Arrays.copyOf(block.getLineIndents(), header);
            BasedSequence chars = block.getChars().baseSubSequence(block.getStartOffset(),
                    block.getLineChars(header).getStartOffset());
            Paragraph text = new Paragraph(chars, lines, indents);
            block.insertBefore(text);
            state.blockAdded(text);
            state.getInlineParser().parse(text.getContentChars(), text);
            return block.getLineChars(header).getStartOffset() - block.getStartOffset();
        }

        /**
         * The line that a delimiter row of the same width follows, when text lines come before it; 0 when the
         * paragraph starts with the table (flexmark's own pre-processor takes it), -1 when there is none.
         */
        private static int headerRowAfterText(Paragraph block) {
            for (int i = 0; i + 1 < block.getLineCount(); i++) {
                String header = line(block, i);
                String delimiter = line(block, i + 1);
                if (header.indexOf('|') >= 0 && delimiter.indexOf('|') >= 0 && DELIMITER_ROW.matcher(delimiter)
                        .matches() && cells(header).size() == cells(delimiter).size()) {
                    return i;
                }
            }
            return -1;
        }

        private static boolean directlyAfter(TableBlock table, Paragraph block) {
            BasedSequence between = block.getChars().baseSubSequence(table.getEndOffset(), block.getStartOffset());
            return between.toString().chars().filter(c -> c == '\n').count() <= 1;
        }

        private static int continueTable(TableBlock table, Paragraph block, ParserState state) {
            if (!(table.getFirstChild() instanceof TableHead head) || !(head.getFirstChild() instanceof TableRow
                    headRow)) {
                return 0;
            }
            List<TableCell.Alignment> alignments = new ArrayList<>();
            for (Node cell = headRow.getFirstChild(); cell != null; cell = cell.getNext()) {
                alignments.add(cell instanceof TableCell c ? c.getAlignment() : null);
            }
            TableBody body = null;
            for (Node child = table.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof TableBody b) {
                    body = b;
                }
            }
            if (body == null) {
                body = new TableBody();
                table.appendChild(body);
            }
            int rowNumber = 0;
            for (Node row = body.getFirstChild(); row != null; row = row.getNext()) {
                rowNumber++;
            }
            for (int i = 0; i < block.getLineCount(); i++) {
                BasedSequence line = block.getLineChars(i).subSequence(block.getLineIndent(i)).trimEOL();
                TableRow row = new TableRow(line);
                row.setRowNumber(++rowNumber);
                List<BasedSequence> cells = cells(line);
                for (int c = 0; c < alignments.size(); c++) {
                    TableCell cell = new TableCell();
                    cell.setAlignment(alignments.get(c));
                    if (c < cells.size()) {
                        BasedSequence content = cells.get(c).trim();
                        state.getInlineParser().parse(content, cell);
                        cell.setText(content);
                        cell.setCharsFromContent();
                    }
                    row.appendChild(cell);
                }
                row.setCharsFromContent();
                body.appendChild(row);
            }
            body.setCharsFromContent();
            table.setCharsFromContent();
            return block.getChars().length();
        }

        private static String line(Paragraph block, int i) {
            return block.getLineChars(i).subSequence(block.getLineIndent(i)).trimEOL().toString();
        }
    }

    /** The cells of a row as GFM splits it: at pipes not escaped by a backslash, outer pipes not counted. */
    static <T extends CharSequence> List<T> cells(T line) {
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '|') {
                spans.add(new int[] {start, i});
                start = i + 1;
            }
        }
        spans.add(new int[] {start, line.length()});
        if (spans.size() > 1 && line.subSequence(spans.get(0)[0], spans.get(0)[1]).toString().isBlank()) {
            spans.remove(0);
        }
        int[] last = spans.get(spans.size() - 1);
        if (spans.size() > 1 && line.subSequence(last[0], last[1]).toString().isBlank()) {
            spans.remove(spans.size() - 1);
        }
        List<T> cells = new ArrayList<>();
        for (int[] span : spans) {
            @SuppressWarnings("unchecked")
            T cell = (T) line.subSequence(span[0], span[1]);
            cells.add(cell);
        }
        return cells;
    }

    private static final class CellsFactory extends NodePostProcessorFactory {

        CellsFactory() {
            super(false);
            addNodes(Code.class, TableBody.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new Cells();
        }
    }

    private static final class Cells extends NodePostProcessor {

        @Override
        public void process(NodeTracker state, Node node) {
            if (node instanceof TableBody body && !body.hasChildren()) {
                body.unlink();
            } else if (node instanceof Code code && code.getAncestorOfType(TableCell.class) != null
                    && code.getText().indexOf("\\|") >= 0) {
                // GFM takes "\|" as the cell's pipe before it parses code spans, so the code shows a plain pipe.
                code.setText(code.getText().replace("\\|", "|"));
                for (Node child = code.getFirstChild(); child != null; child = child.getNext()) {
                    if (child instanceof com.vladsch.flexmark.ast.Text t) {
                        t.setChars(t.getChars().replace("\\|", "|"));
                    }
                }
            }
        }
    }
}
