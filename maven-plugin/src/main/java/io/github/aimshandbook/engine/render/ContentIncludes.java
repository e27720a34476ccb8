package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.tree.ContentTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.IncludeProcessor;
import org.asciidoctor.extension.PreprocessorReader;

/**
 * Serves every AsciiDoc {@code include::} from the content tree and nowhere else: the target is resolved against
 * the including file, and anything that is no file of the content ({@link ContentTree} decides: absolute paths,
 * {@code ..}, links out, URLs) is refused. The link stage has already reported such includes as errors; this is the
 * second lock. {@code lines=} and {@code tags=} selections are not applied: the whole file is included.
 */
final class ContentIncludes extends IncludeProcessor {

    private final ContentTree tree;

    ContentIncludes(ContentTree tree) {
        this.tree = tree;
    }

    @Override
    public boolean handles(String target) {
        return true;
    }

    @Override
    public void process(Document document, PreprocessorReader reader, String target,
            Map<String, Object> attributes) {
        try {
            Path dir = reader.getDir() == null ? tree.root() : Path.of(reader.getDir());
            Optional<ContentTree.Entry> file = target.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") ? Optional.empty()
                    : tree.at(dir.resolve(target));
            if (file.isPresent() && file.get().size() <= 8L * 1024 * 1024) {
                Path where = file.get().location();
                reader.pushInclude(new String(tree.read(file.get().path()), StandardCharsets.UTF_8),
                        where.getFileName().toString(), where.toString(), 1, attributes);
                return;
            }
        } catch (IOException | RuntimeException e) {
            // refused below, like a file that is not there
        }
        reader.pushInclude("[.include-refused]#The included file " + target.replace("#", "")
                + " is not available.#", target, null, 1, attributes);
    }
}
