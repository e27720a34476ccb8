package io.github.aimshandbook.engine.model;

/**
 * Where a value was written: a file relative to the content root (with '/' separators), and a 1-based line and
 * column counted from the top of the file. Line and column are 0 when the finding concerns the whole file.
 */
public record Location(String file, int line, int column) {

    public Location {
        if (file == null) {
            throw new IllegalArgumentException("file must not be null");
        }
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column are 1-based, or 0 for the whole file");
        }
    }

    public static Location of(String file) {
        return new Location(file, 0, 0);
    }

    @Override
    public String toString() {
        return line == 0 ? file : file + ":" + line + ":" + column;
    }
}
