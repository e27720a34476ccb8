package io.github.aimshandbook.engine.write;

import io.github.aimshandbook.engine.UserError;
import io.github.aimshandbook.engine.tree.ContentTree;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Refuses output folders that would make writing the handbook destroy something: the content folder itself, a
 * folder that contains it or lies inside it, a filesystem root, or the user's home.
 */
public final class OutputGuard {

    private OutputGuard() {
    }

    /** Why the output folder is refused, for the user to fix, or empty when it is safe. */
    public static Optional<UserError> problem(ContentTree content, Path output) {
        Path c = ContentTree.realPath(content.root());
        Path o = ContentTree.realPath(output);
        Path home = ContentTree.realPath(Path.of(System.getProperty("user.home")));
        if (o.getParent() == null) {
            return refused(output + " is a filesystem root.");
        }
        if (o.equals(home)) {
            return refused(output + " is your home folder.");
        }
        if (o.equals(c) || c.startsWith(o)) {
            return refused(output + " is or contains the content folder " + content.root()
                    + "; writing the handbook there would delete your content.");
        }
        if (content.isInside(output)) {
            return refused(output + " is inside the content folder " + content.root() + ", and the content folder is"
                    + " never written.");
        }
        return Optional.empty();
    }

    private static Optional<UserError> refused(String detail) {
        return Optional.of(UserError.configuration("The output folder cannot be used", "outputDirectory",
                "The output folder " + detail, "Choose a folder outside the content, such as target/aims."));
    }
}
