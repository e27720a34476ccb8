package io.github.aimshandbook.engine.markup;

import com.vladsch.flexmark.ext.emoji.EmojiExtension;
import com.vladsch.flexmark.ext.emoji.EmojiImageType;
import com.vladsch.flexmark.ext.emoji.EmojiShortcutType;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.wikilink.WikiLinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataSet;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * The Markdown dialect of the content format: GitHub Flavored Markdown as GitHub renders it (CommonMark with tables,
 * strikethrough, task lists and extended autolinks, plus footnotes, alerts, emoji shortcodes as their Unicode
 * characters, and GitHub's heading ids; the page adds the visible anchor links), and {@code [[ID]]} /
 * {@code [[ID|text]]} references. {@code MarkdownSpecTest} runs the CommonMark and GFM specs against it.
 * Reading and rendering share these options so that what the checks see is what the handbook shows. The parser is
 * immutable and thread-safe once built.
 */
public final class MarkdownSyntax {

    private static final DataSet OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), GithubTablesExtension.create(),
                    StrikethroughExtension.create(), TaskListExtension.create(), GithubAutolinkExtension.create(),
                    FootnoteExtension.create(), GithubAlertsExtension.create(), EmojiExtension.create(),
                    GithubHeadingIds.create(), WikiLinkExtension.create()))
            // Shortcodes become the character itself: no images to ship, and the text stays searchable.
            .set(EmojiExtension.USE_IMAGE_TYPE, EmojiImageType.UNICODE_ONLY)
            .set(EmojiExtension.USE_SHORTCUT_TYPE, EmojiShortcutType.ANY_GITHUB_PREFERRED)
            // GitHub's tables: one header row as wide as the delimiter row, short rows filled, long rows cut,
            // single dashes allowed, no column spans or captions (flexmark's own syntax, not GitHub's).
            .set(TablesExtension.MIN_HEADER_ROWS, 1)
            .set(TablesExtension.MAX_HEADER_ROWS, 1)
            .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true)
            .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
            .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
            .set(TablesExtension.COLUMN_SPANS, false)
            .set(TablesExtension.WITH_CAPTION, false)
            .set(TablesExtension.MIN_SEPARATOR_DASHES, 1)
            // GitHub's task-list boxes (cmark-gfm's markup), kept by the sanitizer; the class styles the item.
            .set(TaskListExtension.ITEM_DONE_MARKER, "<input type=\"checkbox\" checked=\"\" disabled=\"\" /> ")
            .set(TaskListExtension.ITEM_NOT_DONE_MARKER, "<input type=\"checkbox\" disabled=\"\" /> ")
            .set(WikiLinkExtension.LINK_FIRST_SYNTAX, true)
            .set(WikiLinkExtension.ALLOW_ANCHORS, false)
            .set(TablesExtension.CLASS_NAME, "table")
            // GitHub slugs the heading's text as it is: "## :tada: Release" is "-release", the emoji removed.
            .set(HtmlRenderer.HEADER_ID_REF_TEXT_TRIM_LEADING_SPACES, false)
            .set(HtmlRenderer.HEADER_ID_REF_TEXT_TRIM_TRAILING_SPACES, false)
            .set(HtmlRenderer.GENERATE_HEADER_ID, true)
            .set(HtmlRenderer.RENDER_HEADER_ID, true)
            .set(WikiLinkExtension.LINK_PREFIX, "aims-ref:")
            .set(HtmlRenderer.ESCAPE_HTML, false)
            .toImmutable();

    private static final Parser PARSER = Parser.builder(OPTIONS).build();

    private MarkdownSyntax() {
    }

    public static Parser parser() {
        return PARSER;
    }

    public static MutableDataSet options() {
        return new MutableDataSet(OPTIONS);
    }
}
