package io.github.aimshandbook.engine.load;

import io.github.aimshandbook.engine.markup.AttachmentPolicy;
import io.github.aimshandbook.engine.markup.SafeSvg;
import io.github.aimshandbook.engine.model.Findings;
import io.github.aimshandbook.engine.model.Location;
import io.github.aimshandbook.engine.tree.ContentTree;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reports the attachments that {@link AttachmentPolicy} finds a browser would run (errors: they are not published)
 * and what {@link SafeSvg} removes from SVG images (a warning) or cannot read (an error).
 */
final class ActiveAttachments {

    private static final int REMOVALS_SHOWN = 5;

    private final ContentTree tree;
    private final Findings findings;

    ActiveAttachments(ContentTree tree, Findings findings) {
        this.tree = tree;
        this.findings = findings;
    }

    /** Reports {@code path} when a browser would run it; only XML and SVG files are read. */
    void check(String path) {
        boolean svg = AttachmentPolicy.isSvg(path);
        byte[] bytes = null;
        if (svg || AttachmentPolicy.needsContent(path)) {
            Optional<byte[]> read = read(path);
            if (read.isEmpty()) {
                return;
            }
            bytes = read.get();
        }
        Optional<String> active = AttachmentPolicy.runsInBrowser(path, bytes);
        if (active.isPresent()) {
            refuse(path, active.get());
        } else if (svg) {
            svg(path, bytes);
        }
    }

    private void svg(String path, byte[] bytes) {
        SafeSvg.Outcome outcome = SafeSvg.clean(bytes);
        if (outcome.refused()) {
            findings.error("unsafe-svg", new Location(path, outcome.line(), outcome.line() > 0 ? outcome.column()
                    : 0), "The SVG image cannot be read, so it is not published: " + outcome.problem() + " Save it"
                    + " again from your drawing tool as plain SVG, or export it as PNG.");
            return;
        }
        List<SafeSvg.Removed> removed = outcome.removed();
        if (removed.isEmpty()) {
            return;
        }
        SafeSvg.Removed first = removed.get(0);
        String shown = removed.stream().limit(REMOVALS_SHOWN).map(r -> r.what() + " (line " + r.line() + ")")
                .collect(Collectors.joining(", "));
        String more = removed.size() > REMOVALS_SHOWN ? " and " + (removed.size() - REMOVALS_SHOWN) + " more" : "";
        findings.warning("svg-content-removed", new Location(path, first.line(), first.column()), "The SVG image is"
                + " published without what could run script or load other files when it is opened on its own: "
                + shown + more + ". Remove them from the file to silence this warning; if the drawing needs them,"
                + " export it as PNG.");
    }

    private void refuse(String path, String why) {
        findings.error("active-attachment", Location.of(path), why + " when they are opened, in the handbook's"
                + " origin and outside the pages' Content-Security-Policy, so it is not published. Convert it to PDF,"
                + " an image or plain text, or link to where it is kept with 'url:'. If you trust every author of"
                + " the content, allowActiveAttachments (-Daims.allowActiveAttachments=true) publishes it as it is.");
    }

    private Optional<byte[]> read(String path) {
        try {
            return Optional.of(tree.read(path));
        } catch (IOException e) {
            findings.error("unreadable-file", Location.of(path), "Cannot read the file: " + e.getMessage()
                    + ". Check that it exists and is readable.");
            return Optional.empty();
        }
    }
}
