package io.github.aimshandbook.engine.importer;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import io.github.aimshandbook.engine.Closest;
import io.github.aimshandbook.engine.markup.GithubHeadingIds;
import io.github.aimshandbook.engine.markup.MarkdownSyntax;
import io.github.aimshandbook.engine.model.BodyIds;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the links of one imported body to the places the import gives the files: a link to another document of
 * the source folder ({@code [x](../02 Procedures/Risk Method.md#scoring)}, with spaces written as they are or as
 * {@code %20}) leads to that document's new file, its {@code #fragment} kept when the target has the heading; a link
 * to a file that is not Markdown leads to its copy under {@code files/}; {@code [[Page Name]]} wiki links become
 * references. What leads nowhere is turned into its text, so that the imported tree checks without errors, and is
 * listed with its line. Links are found in flexmark's tree of the body, as the load stage finds them, so code is left
 * as written; only links whose path has raw spaces, which CommonMark does not see, are found line by line. Not
 * thread-safe: one per document.
 */
final class LinkRewriter {

    /** Where the files of the source folder go, as the import decided. */
    interface Targets {
        /** The new path (relative to the content folder) of the document imported from {@code sourcePath}. */
        Optional<String> document(String sourcePath);

        /** The ids the body of the document imported from {@code sourcePath} has. */
        BodyIds ids(String sourcePath);

        /** The id of the document imported from {@code sourcePath}. */
        Optional<String> id(String sourcePath);

        /** The new path of the attachment copied from {@code sourcePath}, or empty when it cannot be copied. */
        Optional<String> attachment(String sourcePath);

        /** Every file of the source folder, by its path relative to the folder. */
        List<String> sourceFiles();

        /** Whether {@code id} already names something a reference can name: a catalog item or an imported document. */
        boolean isId(String id);
    }

    /** A link that was changed in a way the author should know of: its body line, what was written, what happened. */
    record Change(int line, String written, String what) {
    }

    /** The rewritten body, how many links now lead to the new places, and what could not be kept as a link. */
    record Outcome(String body, int rewritten, List<Change> changes) {
        Outcome {
            changes = List.copyOf(changes);
        }
    }

    private static final Pattern INLINE = Pattern.compile("(!?)\\[((?:[^\\[\\]\\n]|\\[[^\\[\\]\\n]*])*)]"
            + "\\(([^()\\n]*(?:\\([^()\\n]*\\)[^()\\n]*)*)\\)");
    private static final Pattern DEFINITION = Pattern.compile("^(\\s{0,3}\\[[^\\]^][^\\]]*]:\\s*)(<[^>\\n]*>|\\S+)(.*)$");
    private static final Pattern TITLE = Pattern.compile("^(.*?)\\s+(\"[^\"]*\"|'[^']*'|\\([^)]*\\))$");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)[^`].*?\\1");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");

    private final Targets targets;
    private final String sourcePath;
    private final String targetPath;
    private final List<Change> changes = new ArrayList<>();
    private int rewritten;

    LinkRewriter(Targets targets, String sourcePath, String targetPath) {
        this.targets = targets;
        this.sourcePath = sourcePath;
        this.targetPath = targetPath;
    }

    Outcome rewrite(String body) {
        String parsed = parsedPass(body);
        String[] lines = parsed.split("\n", -1);
        boolean[] fenced = Fences.of(lines, 0);
        for (int i = 0; i < lines.length; i++) {
            if (!fenced[i]) {
                lines[i] = spacedLinks(lines[i], i + 1);
            }
        }
        return new Outcome(String.join("\n", lines), rewritten, changes);
    }

    /** A replacement of the text between two offsets of the body. */
    private record Edit(int start, int end, String text) {
    }

    /**
     * The links CommonMark sees, found as the load stage finds them (flexmark's tree of the body, so that links
     * whose text is wrapped over lines, links in tables and quotes, and reference definitions are all found, and
     * none in code): each leads to the new place or becomes its text.
     */
    private String parsedPass(String body) {
        Node tree = MarkdownSyntax.parser().parse(body);
        List<Edit> edits = new ArrayList<>();
        Set<String> deadLabels = new HashSet<>();
        List<Reference> definitions = new ArrayList<>();
        new NodeVisitor(new VisitHandler<>(Reference.class, definitions::add)).visit(tree);
        for (Reference definition : definitions) {
            String written = definition.getUrl().toString();
            Optional<String> to = destination(written, lineOf(body, definition.getStartOffset()), false);
            if (to.isEmpty()) {
                deadLabels.add(label(definition.getReference().toString()));
                int end = definition.getEndOffset();
                end = end < body.length() && body.charAt(end) == '\n' ? end + 1 : end;
                edits.add(new Edit(definition.getStartOffset(), end, "")); // its uses become text
            } else if (!to.get().equals(written)) {
                edits.add(new Edit(destinationStart(definition.getUrlOpeningMarker(), definition.getUrl()),
                        destinationEnd(definition.getUrlClosingMarker(), definition.getUrl()), to.get()));
            }
        }
        new NodeVisitor(
                new VisitHandler<>(Link.class, l -> inline(l.getUrl(), l.getUrlOpeningMarker(), l.getUrlClosingMarker(),
                        l.getText().toString(), l.getStartOffset(), l.getEndOffset(), false, body, edits)),
                new VisitHandler<>(Image.class, i -> inline(i.getUrl(), i.getUrlOpeningMarker(),
                        i.getUrlClosingMarker(), i.getText().toString(), i.getStartOffset(), i.getEndOffset(), true,
                        body, edits)),
                new VisitHandler<>(LinkRef.class, r -> deadUse(r, deadLabels, edits)),
                new VisitHandler<>(ImageRef.class, r -> deadUse(r, deadLabels, edits)),
                new VisitHandler<>(WikiLink.class, w -> wiki(w, body, edits))
        ).visit(tree);
        // an edit inside another (an image in the text of a link that becomes text) gives way to the outer one
        List<Edit> outer = edits.stream().filter(a -> edits.stream().noneMatch(b -> b != a && b.start() <= a.start()
                && a.end() <= b.end() && b.end() - b.start() > a.end() - a.start())).distinct()
                .sorted(Comparator.comparingInt(Edit::start).reversed()).toList();
        StringBuilder out = new StringBuilder(body);
        for (Edit e : outer) {
            out.replace(e.start(), e.end(), e.text());
        }
        return out.toString();
    }

    /** A use ({@code [text][label]}) of a reference definition that leads nowhere becomes its text. */
    private static void deadUse(RefNode use, Set<String> deadLabels, List<Edit> edits) {
        String label = label(use.getReference().isEmpty() ? use.getText().toString() : use.getReference().toString());
        if (deadLabels.contains(label)) {
            String text = use.getText().isEmpty() ? use.getReference().toString() : use.getText().toString();
            edits.add(new Edit(use.getStartOffset(), use.getEndOffset(), text));
        }
    }

    private void inline(BasedSequence url, BasedSequence open, BasedSequence close, String text, int start, int end,
            boolean image, String body, List<Edit> edits) {
        String written = url.toString();
        Optional<String> to = destination(written, lineOf(body, start), image);
        if (to.isEmpty()) {
            edits.add(new Edit(start, end, text)); // leads nowhere: the text stays, as text
        } else if (!to.get().equals(written)) {
            edits.add(new Edit(destinationStart(open, url), destinationEnd(close, url), to.get()));
        }
    }

    /** {@code [[Page Name]]}: a reference when a document of that file name or id was imported, else plain text. */
    private void wiki(WikiLink wiki, String body, List<Edit> edits) {
        String name = wiki.getLink().toString().strip();
        if (name.isEmpty()) {
            return;
        }
        if (targets.isId(name)) {
            return; // already a reference: [[A.5.2]], [[POL-01]]
        }
        String text = wiki.getText().isEmpty() ? name : wiki.getText().toString().strip();
        Optional<String> id = resolve(name).flatMap(targets::id);
        if (id.isPresent()) {
            edits.add(new Edit(wiki.getStartOffset(), wiki.getEndOffset(), "[[" + id.get() + "|" + text + "]]"));
            rewritten++;
        } else {
            edits.add(new Edit(wiki.getStartOffset(), wiki.getStartOffset() + 2, "\\[\\["));
            changes.add(new Change(lineOf(body, wiki.getStartOffset()), "[[" + name + "]]", "names no imported"
                    + " document; it is kept as text (the brackets escaped)"));
        }
    }

    /**
     * Links whose path has spaces written as they are ({@code [x](../02 Procedures/Risk Method.md)}): CommonMark
     * does not see them as links, but the tools template sets are written in do, so the import makes them links.
     */
    private String spacedLinks(String line, int number) {
        Matcher definition = DEFINITION.matcher(line);
        if (definition.matches()) {
            String written = unbracket(definition.group(2));
            if (!written.contains(" ")) {
                return line; // a definition CommonMark sees, done above
            }
            Optional<String> to = destination(written, number, false);
            return to.map(t -> definition.group(1) + t + definition.group(3)).orElse("");
        }
        String masked = mask(line);
        StringBuilder out = new StringBuilder();
        int at = 0;
        Matcher link = INLINE.matcher(masked);
        while (link.find()) {
            String inside = line.substring(link.start(3), link.end(3)).strip();
            String written = inside;
            String title = "";
            if (inside.startsWith("<") && inside.indexOf('>') > 0) {
                written = inside.substring(1, inside.indexOf('>'));
                title = inside.substring(inside.indexOf('>') + 1);
            } else {
                Matcher t = TITLE.matcher(inside);
                if (t.matches() && !t.group(1).isBlank()) {
                    written = t.group(1).strip();
                    title = " " + t.group(2);
                }
            }
            if (!written.contains(" ") || SCHEME.matcher(written).matches()) {
                continue; // a link CommonMark sees (done above), or a URL
            }
            boolean image = !link.group(1).isEmpty();
            String text = line.substring(link.start(2), link.end(2));
            Optional<String> to = destination(written, number, image);
            out.append(line, at, link.start());
            if (to.isEmpty()) {
                out.append(text);
            } else {
                out.append(link.group(1)).append('[').append(text).append("](").append(to.get()).append(title)
                        .append(')');
            }
            at = link.end();
        }
        out.append(line.substring(at));
        return out.toString();
    }

    private static int destinationStart(BasedSequence open, BasedSequence url) {
        return open.isNull() || open.isEmpty() ? url.getStartOffset() : open.getStartOffset();
    }

    private static int destinationEnd(BasedSequence close, BasedSequence url) {
        return close.isNull() || close.isEmpty() ? url.getEndOffset() : close.getEndOffset();
    }

    /** A reference label as CommonMark matches it: without case, spaces collapsed. */
    private static String label(String label) {
        return label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static int lineOf(String body, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < body.length(); i++) {
            if (body.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * Where a link written as {@code written} leads now: the same text when it needs no change (a URL, a mail
     * address), the new relative link, or empty when it leads nowhere and must become text.
     */
    private Optional<String> destination(String written, int line, boolean image) {
        if (written.isEmpty() || SCHEME.matcher(written).matches() || written.startsWith("//")) {
            return Optional.of(written);
        }
        int hash = written.indexOf('#');
        String path = hash < 0 ? written : written.substring(0, hash);
        String fragment = hash < 0 ? "" : decode(written.substring(hash + 1));
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        if (path.isEmpty()) {
            return fragment(sourcePath, fragment, written, line).map(f -> "#" + f);
        }
        Optional<String> source = resolve(decode(path));
        if (source.isEmpty()) {
            List<String> near = Closest.to(decode(path), targets.sourceFiles(), 1);
            changes.add(new Change(line, written, "leads to no file of the imported folder" + (near.isEmpty() ? ""
                    : " (closest: " + near.get(0) + ")") + "; the " + (image ? "image's text" : "link's text")
                    + " is kept without the link"));
            return Optional.empty();
        }
        Optional<String> document = targets.document(source.get());
        if (document.isPresent()) {
            if (image) {
                changes.add(new Change(line, written, "is a document, not an image; its text is kept without it"));
                return Optional.empty();
            }
            String to = relative(document.get());
            rewritten++;
            if (fragment.isEmpty()) {
                return Optional.of(to);
            }
            Optional<String> kept = fragment(source.get(), fragment, written, line);
            return Optional.of(kept.filter(f -> !f.isEmpty()).map(f -> to + "#" + f).orElse(to));
        }
        if (source.get().toLowerCase(Locale.ROOT).endsWith(".md")) {
            changes.add(new Change(line, written, "leads to " + source.get() + ", which was not imported; the link's"
                    + " text is kept without the link"));
            return Optional.empty();
        }
        Optional<String> attachment = targets.attachment(source.get());
        if (attachment.isEmpty()) {
            changes.add(new Change(line, written, "leads to " + source.get() + ", which cannot be copied (see the"
                    + " files not imported); the link's text is kept without the link"));
            return Optional.empty();
        }
        rewritten++;
        return Optional.of(relative(attachment.get()) + (fragment.isEmpty() ? "" : "#" + encode(fragment)));
    }

    /**
     * The fragment as the target document's ids have it: as written, or the heading id it was meant for when it was
     * written another way ("#Section-3" for "section-3"); "" when the target has no such place, so that the link
     * leads to the top of the document. Empty (no link at all) only for a place in the body itself.
     */
    private Optional<String> fragment(String source, String fragment, String written, int line) {
        BodyIds ids = targets.ids(source);
        for (String candidate : List.of(fragment, fragment.toLowerCase(Locale.ROOT), GithubHeadingIds.slug(fragment),
                GithubHeadingIds.slug(fragment.replace('-', ' ')), GithubHeadingIds.slug(fragment.replace('_', ' ')))) {
            if (!ids.misses(candidate)) {
                if (!candidate.equals(fragment)) {
                    changes.add(new Change(line, written, "names #" + fragment + ", which the heading's id is written"
                            + " as #" + candidate + "; the link now leads there"));
                }
                return Optional.of(encode(candidate));
            }
        }
        boolean self = source.equals(sourcePath);
        changes.add(new Change(line, written, "names #" + fragment + ", but " + (self ? "this document" : source)
                + " has no heading with that id" + Closest.hint(fragment, ids.ids()).replace(" Did", "; did")
                .replace("?", "") + (self ? "; the link's text is kept without the link"
                : "; the link now leads to the top of the document")));
        return self ? Optional.empty() : Optional.of("");
    }

    /** The source file a path as written names, relative to this document or, starting with '/', to the folder. */
    private Optional<String> resolve(String written) {
        String base = written.startsWith("/") ? "" : parent(sourcePath);
        List<String> parts = new ArrayList<>();
        for (String part : (base.isEmpty() ? written : base + "/" + written).replace('\\', '/').split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty(); // outside the imported folder
                }
                parts.remove(parts.size() - 1);
            } else {
                parts.add(part);
            }
        }
        String path = String.join("/", parts);
        List<String> files = targets.sourceFiles();
        for (String candidate : List.of(path, path + ".md")) {
            if (files.contains(candidate)) {
                return Optional.of(candidate);
            }
            Optional<String> ignoringCase = files.stream().filter(f -> f.equalsIgnoreCase(candidate)).findFirst();
            if (ignoringCase.isPresent()) {
                return ignoringCase;
            }
        }
        if (!written.contains("/")) { // a wiki link names a page by its file name, wherever it is
            return files.stream().filter(f -> f.toLowerCase(Locale.ROOT).endsWith(".md"))
                    .filter(f -> name(f).equalsIgnoreCase(written) || name(f).equalsIgnoreCase(written + ".md"))
                    .findFirst();
        }
        return Optional.empty();
    }

    private String relative(String to) {
        String[] from = parent(targetPath).isEmpty() ? new String[0] : parent(targetPath).split("/");
        String[] target = to.split("/");
        int common = 0;
        while (common < from.length && common < target.length - 1 && from[common].equals(target[common])) {
            common++;
        }
        StringBuilder out = new StringBuilder();
        for (int i = common; i < from.length; i++) {
            out.append("../");
        }
        for (int i = common; i < target.length; i++) {
            out.append(encode(target[i])).append(i + 1 < target.length ? "/" : "");
        }
        return out.toString();
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    private static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String unbracket(String written) {
        return written.startsWith("<") && written.endsWith(">") ? written.substring(1, written.length() - 1) : written;
    }

    private static String decode(String written) {
        try {
            return URLDecoder.decode(written.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return written;
        }
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The line with its code spans blanked out, so that links inside them are not seen; same length. */
    private static String mask(String line) {
        Matcher code = CODE_SPAN.matcher(line);
        StringBuilder out = new StringBuilder(line);
        while (code.find()) {
            for (int i = code.start(); i < code.end(); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }
}
