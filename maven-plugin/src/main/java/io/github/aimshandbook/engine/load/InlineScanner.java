package io.github.aimshandbook.engine.load;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import io.github.aimshandbook.engine.markup.MarkdownSyntax;
import io.github.aimshandbook.engine.markup.RawHtmlPolicy;
import io.github.aimshandbook.engine.model.FileLink;
import io.github.aimshandbook.engine.model.Location;
import io.github.aimshandbook.engine.model.Ref;
import io.github.aimshandbook.engine.model.XrefTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the references ({@code [[ID]]}, {@code ref:ID[]}) and relative file links in a text, each with the line and
 * column it has in its file, so that the link stage can report a dangling one exactly where it was written.
 */
public final class InlineScanner {

    /** AsciiDoc's inline macro of ours: {@code ref:ID[]} or {@code ref:ID[text]}. */
    public static final Pattern ASCIIDOC_REF = Pattern.compile("(?<![\\w\\\\])ref:([A-Za-z0-9][A-Za-z0-9._-]*)\\[([^\\]]*)\\]");
    private static final Pattern ASCIIDOC_FILE = Pattern.compile(
            "(?<![\\w\\\\])(image::?|link:)([^\\s\\[\\]]+)\\[");
    /** Asciidoctor's cross references: {@code xref:TARGET[...]} and {@code <<TARGET>>} / {@code <<TARGET,text>>}. */
    private static final Pattern ASCIIDOC_XREF = Pattern.compile(
            "(?<![\\w\\\\])xref:([\\w#/.:{][^\\[\\n]*?)\\[|(?<!\\\\)<<([\\w#/.:{][^>,]*?)(?:,[^>]*)?>>",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** Includes are preprocessor directives: they apply anywhere, even inside listing blocks. */
    private static final Pattern ASCIIDOC_INCLUDE = Pattern.compile("^include::([^\\[]+)\\[");
    private static final Pattern ASCIIDOC_PASS = Pattern.compile("pass:[a-z,]*\\[|\\+\\+\\+\\S");
    private static final Pattern ASCIIDOC_ATTRIBUTE_ENTRY = Pattern.compile("^:!?[A-Za-z0-9_][A-Za-z0-9_-]*!?:(\\s.*)?$");
    private static final Pattern ASCIIDOC_DELIMITER = Pattern.compile("^(-{4,}|\\.{4,}|/{4,}|`{3,}|\\+{4,})\\s*$");

    /** Raw HTML that the handbook keeps ({@code <br>}, {@code <details>}) is not reported as removed. */
    private static final RawHtmlPolicy RAW_HTML = new RawHtmlPolicy();

    private InlineScanner() {
    }

    /** {@code rawHtml}: where the text holds raw HTML that the handbook removes. */
    public record Found(List<Ref> references, List<FileLink> fileLinks, List<Location> rawHtml) {
    }

    /**
     * Scans Markdown. {@code firstLine} is the file line of the text's first line; {@code indent} the columns the
     * text is indented by in its file (YAML block scalars), 0 for a document body.
     */
    public static Found markdown(String text, String file, int firstLine, int indent) {
        return markdown(MarkdownSyntax.parser().parse(text), text, file, firstLine, indent);
    }

    /** Scans Markdown that is already parsed: {@code document} is the tree of {@code text}. */
    static Found markdown(Node document, String text, String file, int firstLine, int indent) {
        List<Ref> refs = new ArrayList<>();
        List<FileLink> links = new ArrayList<>();
        List<Location> html = new ArrayList<>();
        LineIndex lines = new LineIndex(text);
        new NodeVisitor(
                new VisitHandler<>(WikiLink.class, w -> {
                    String id = w.getLink().toString().strip();
                    if (!id.isEmpty()) {
                        refs.add(new Ref(id, lines.at(w.getStartOffset(), file, firstLine, indent)));
                    }
                }),
                new VisitHandler<>(Link.class, l -> addFileLink(l.getUrl().toString(), FileLink.Kind.LINK,
                        lines.at(l.getStartOffset(), file, firstLine, indent), links)),
                new VisitHandler<>(Image.class, i -> addFileLink(i.getUrl().toString(), FileLink.Kind.IMAGE,
                        lines.at(i.getStartOffset(), file, firstLine, indent), links)),
                new VisitHandler<>(HtmlBlock.class, h -> {
                    if (!RAW_HTML.keeps(h.getChars().toString())) {
                        html.add(lines.at(h.getStartOffset(), file, firstLine, indent));
                    }
                }),
                new VisitHandler<>(HtmlInline.class, h -> {
                    if (!RAW_HTML.keeps(h.getChars().toString())) {
                        html.add(lines.at(h.getStartOffset(), file, firstLine, indent));
                    }
                })
        ).visit(document);
        return new Found(refs, links, html);
    }

    /** Scans AsciiDoc, skipping listing, literal, passthrough and comment blocks and line comments. */
    public static Found asciidoc(String text, String file, int firstLine) {
        List<Ref> refs = new ArrayList<>();
        List<FileLink> links = new ArrayList<>();
        List<Location> html = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        String openBlock = null;
        int passStart = -1;
        StringBuilder passed = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher include = ASCIIDOC_INCLUDE.matcher(line);
            if (include.find()) {
                addFileLink(include.group(1), FileLink.Kind.INCLUDE, new Location(file, firstLine + i, 1), links);
                continue;
            }
            Matcher delimiter = ASCIIDOC_DELIMITER.matcher(line);
            if (delimiter.matches()) {
                String d = delimiter.group(1);
                if (openBlock == null) {
                    openBlock = d;
                    if (d.startsWith("+")) {
                        passStart = i; // a passthrough block: raw HTML, reported if the handbook removes some
                        passed.setLength(0);
                    }
                } else if (openBlock.equals(d)) {
                    openBlock = null;
                    if (passStart >= 0 && !RAW_HTML.keeps(passed.toString())) {
                        html.add(new Location(file, firstLine + passStart, 1));
                    }
                    passStart = -1;
                }
                continue;
            }
            if (passStart >= 0) {
                passed.append(line).append('\n');
            }
            if (openBlock != null || line.startsWith("//") || ASCIIDOC_ATTRIBUTE_ENTRY.matcher(line).matches()) {
                continue; // an attribute entry (":controls: ...") is metadata, never text Asciidoctor shows
            }
            Matcher pass = ASCIIDOC_PASS.matcher(line);
            for (int from = 0; from < line.length() && pass.find(from); ) {
                int close = passEnd(line, pass.start(), pass.end());
                if (close < 0 || !RAW_HTML.keeps(line.substring(pass.start(), close))) {
                    html.add(new Location(file, firstLine + i, pass.start() + 1));
                }
                from = close < 0 ? line.length() : close;
            }
            Matcher ref = ASCIIDOC_REF.matcher(line);
            while (ref.find()) {
                refs.add(new Ref(ref.group(1), new Location(file, firstLine + i, ref.start() + 1)));
            }
            Matcher xref = ASCIIDOC_XREF.matcher(line);
            while (xref.find()) {
                XrefTarget target = XrefTarget.of((xref.group(1) != null ? xref.group(1) : xref.group(2)).strip(),
                        xref.group(1) != null);
                Location where = new Location(file, firstLine + i, xref.start() + 1);
                if (target.isInternal()) {
                    links.add(new FileLink("", target.fragment(), FileLink.Kind.LINK, where));
                } else {
                    addFileLink(target.path() + (target.fragment().isEmpty() ? "" : "#" + target.fragment()),
                            FileLink.Kind.LINK, where, links);
                }
            }
            Matcher fileRef = ASCIIDOC_FILE.matcher(line);
            while (fileRef.find()) {
                FileLink.Kind kind = fileRef.group(1).startsWith("image") ? FileLink.Kind.IMAGE : FileLink.Kind.LINK;
                addFileLink(fileRef.group(2), kind, new Location(file, firstLine + i, fileRef.start() + 1), links);
            }
        }
        if (passStart >= 0 && !RAW_HTML.keeps(passed.toString())) {
            html.add(new Location(file, firstLine + passStart, 1)); // never closed: Asciidoctor passes the rest
        }
        return new Found(refs, links, html);
    }

    /**
     * Where an inline passthrough ({@code pass:[...]}, {@code +++...+++}) that starts at {@code start} ends, or -1
     * when it is not closed on its line. The markers are kept in the text checked: they are not HTML.
     */
    private static int passEnd(String line, int start, int end) {
        int close = line.startsWith("+++", start) ? line.indexOf("+++", start + 3) : line.indexOf(']', end);
        return close < 0 ? -1 : close + (line.startsWith("+++", start) ? 3 : 1);
    }

    private static void addFileLink(String url, FileLink.Kind kind, Location where, List<FileLink> links) {
        boolean elsewhere = url.startsWith("/") || url.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*");
        if (kind == FileLink.Kind.INCLUDE && elsewhere) {
            links.add(new FileLink(url, "", kind, where)); // refused by the link stage: includes stay in the content
            return;
        }
        if (url.startsWith("#") && url.length() > 1 && kind == FileLink.Kind.LINK) {
            links.add(new FileLink("", decoded(url.substring(1)), kind, where)); // a place in the text itself
            return;
        }
        if (url.isEmpty() || url.startsWith("#") || url.startsWith("aims-ref:") || elsewhere) {
            return; // absolute paths and URLs with a scheme are not content files
        }
        String path = url;
        String fragment = "";
        int hash = path.indexOf('#');
        if (hash >= 0) {
            fragment = path.substring(hash + 1);
            path = path.substring(0, hash);
        }
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        if (!path.isEmpty()) {
            links.add(new FileLink(decoded(path), decoded(fragment), kind, where));
        }
    }

    /** Percent-decoded; a broken escape such as "%zz" (found by fuzzing) is kept as written, to be reported. */
    private static String decoded(String path) {
        try {
            return java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    /** Turns character offsets into file lines and columns. */
    private static final class LineIndex {
        private final List<Integer> starts = new ArrayList<>();

        LineIndex(String text) {
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
        }

        Location at(int offset, String file, int firstLine, int indent) {
            int line = 0;
            int lo = 0;
            int hi = starts.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (starts.get(mid) <= offset) {
                    line = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return new Location(file, firstLine + line, offset - starts.get(line) + 1 + indent);
        }
    }
}
