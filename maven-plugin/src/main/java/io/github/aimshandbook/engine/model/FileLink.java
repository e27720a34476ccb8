package io.github.aimshandbook.engine.model;

/**
 * A relative link, image or AsciiDoc include in a document's text, pointing at another content file: {@code path}
 * as written without its {@code #fragment}; {@code fragment} is empty when there is none.
 */
public record FileLink(String path, String fragment, Kind kind, Location location) {

    /** How the text uses the file. */
    public enum Kind {
        LINK("link"), IMAGE("image"), INCLUDE("include");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
