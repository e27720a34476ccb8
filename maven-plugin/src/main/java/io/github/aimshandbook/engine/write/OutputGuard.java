package io.github.aimshandbook.engine.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Refuses output folders that would make writing the handbook destroy something: the content folder itself, a
 * folder that contains it or lies inside it, a filesystem root, or the user's home.
 */
public final class OutputGuard {

    private OutputGuard() {
    }

    /** A message saying why the output folder is refused, or empty when it is safe. */
    public static Optional<String> problem(Path content, Path output) {
        Path c = real(content);
        Path o = real(output);
        Path home = real(Path.of(System.getProperty("user.home")));
        if (o.getParent() == null) {
            return Optional.of("The output folder " + output + " is a filesystem root. Choose a folder such as"
                    + " target/aims.");
        }
        if (o.equals(home)) {
            return Optional.of("The output folder " + output + " is your home folder. Choose a folder such as"
                    + " target/aims.");
        }
        if (o.equals(c) || c.startsWith(o)) {
            return Optional.of("The output folder " + output + " is or contains the content folder " + content
                    + "; writing the handbook there would delete your content. Choose a folder such as target/aims.");
        }
        if (o.startsWith(c)) {
            return Optional.of("The output folder " + output + " is inside the content folder " + content
                    + ". The content folder is never written; choose a folder such as target/aims.");
        }
        return Optional.empty();
    }

    /** The real path of the longest existing ancestor, with the rest appended: symbolic links cannot fool it. */
    private static Path real(Path p) {
        Path absolute = p.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (java.io.IOException e) {
            return absolute;
        }
    }
}
