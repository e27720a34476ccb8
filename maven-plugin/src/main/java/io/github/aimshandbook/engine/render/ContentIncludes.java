package io.github.aimshandbook.engine.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.IncludeProcessor;
import org.asciidoctor.extension.PreprocessorReader;

/**
 * Serves every AsciiDoc {@code include::} from the content folder and nowhere else: the target is resolved against
 * the including file, symbolic links are followed, and anything that ends up outside the content root (absolute
 * paths, {@code ..}, URLs) is refused. The link stage has already reported such includes as errors; this is the
 * second lock. {@code lines=} and {@code tags=} selections are not applied: the whole file is included.
 */
final class ContentIncludes extends IncludeProcessor {

    private final Path contentRoot;

    ContentIncludes(Path contentRoot) {
        this.contentRoot = contentRoot;
    }

    @Override
    public boolean handles(String target) {
        return true;
    }

    @Override
    public void process(Document document, PreprocessorReader reader, String target,
            Map<String, Object> attributes) {
        try {
            Path root = contentRoot.toRealPath();
            Path dir = reader.getDir() == null ? root : Path.of(reader.getDir());
            Path file = target.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") ? null : dir.resolve(target).normalize();
            if (file != null && file.startsWith(root) && Files.isRegularFile(file)
                    && file.toRealPath().startsWith(root) && Files.size(file) <= 8L * 1024 * 1024) {
                reader.pushInclude(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString(),
                        file.toString(), 1, attributes);
                return;
            }
        } catch (IOException | RuntimeException e) {
            // refused below, like a file that is not there
        }
        reader.pushInclude("[.include-refused]#The included file " + target.replace("#", "")
                + " is not available.#", target, null, 1, attributes);
    }
}
