package io.github.aimshandbook.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.stream.Stream;

/** Test fixtures: content folders under src/test/resources/fixtures, copied so that tests may change them. */
public final class Fixtures {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private Fixtures() {
    }

    public static Path copy(String name, Path into) {
        try {
            Path source = Path.of(Fixtures.class.getResource("/fixtures/" + name).toURI());
            Path target = into.resolve(name);
            try (Stream<Path> walk = Files.walk(source)) {
                for (Path p : (Iterable<Path>) walk::iterator) {
                    Path t = target.resolve(source.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(t);
                    } else {
                        Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Result build(Path content, Path output) {
        return new Pipeline().run(Options.builder(content, output, TODAY).build());
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
