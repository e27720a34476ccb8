package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.link.Handbook;
import io.github.aimshandbook.engine.markup.AttachmentPolicy;
import io.github.aimshandbook.engine.markup.SafeSvg;
import io.github.aimshandbook.engine.tree.ContentTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Which attachments the handbook publishes, and how: as they are, copied; SVG images as {@link SafeSvg} rewrites
 * them; files that a browser would run ({@link AttachmentPolicy}) not at all. The load stage reported each of these
 * (a build with errors writes nothing unless told to, and then they are still left out), so nothing here is a
 * finding. {@code allowActiveAttachments} copies every file as it is.
 */
final class PublishedAttachments {

    private final ContentTree tree;
    private final boolean allowActiveAttachments;

    PublishedAttachments(ContentTree tree, boolean allowActiveAttachments) {
        this.tree = tree;
        this.allowActiveAttachments = allowActiveAttachments;
    }

    /** Puts each attachment of the handbook into {@code copies} (files to copy) or {@code generated} (bytes). */
    void publish(Handbook handbook, Map<String, Path> copies, Map<String, byte[]> generated) {
        for (String file : handbook.attachments()) {
            Path source = tree.readable(file).orElseThrow().location(); // the load stage vetted each
            if (allowActiveAttachments) {
                copies.put(file, source);
            } else if (AttachmentPolicy.isSvg(file)) {
                byte[] safe = SafeSvg.clean(read(file)).svg();
                if (safe != null) {
                    generated.put(file, safe);
                }
            } else if (AttachmentPolicy.runsInBrowser(file, AttachmentPolicy.needsContent(file) ? read(file) : null)
                    .isEmpty()) {
                copies.put(file, source);
            }
        }
    }

    private byte[] read(String file) {
        try {
            return tree.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + tree.root().resolve(file) + ": " + e.getMessage(), e);
        }
    }
}
