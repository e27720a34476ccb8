package io.github.aimshandbook.engine.model;

/**
 * Where an AsciiDoc cross reference leads, read the way Asciidoctor's substitutor reads its target
 * (Substitutors#sub_macros): {@code path} is the other file, relative to the referring one, or empty for a place in
 * the referring document itself; {@code fragment} the id, empty for the top of the other document. A path without an
 * extension names an AsciiDoc document ({@code <<other#id>>} is {@code other.adoc}).
 */
public record XrefTarget(String path, String fragment) {

    /**
     * Reads the target of {@code xref:TARGET[]} ({@code macro}) or {@code <<TARGET>>}: without '#', the macro takes a
     * target with an extension for a file and anything else for an id; the shorthand always takes an id.
     */
    public static XrefTarget of(String target, boolean macro) {
        int hash = target.indexOf('#');
        if (hash > 0) {
            String path = target.substring(0, hash);
            return new XrefTarget(hasExtension(path) ? path : path + ".adoc", target.substring(hash + 1));
        }
        if (hash == 0) {
            return new XrefTarget("", target.substring(1));
        }
        return macro && hasExtension(target) ? new XrefTarget(target, "") : new XrefTarget("", target);
    }

    public boolean isInternal() {
        return path.isEmpty();
    }

    private static boolean hasExtension(String path) {
        return path.substring(path.lastIndexOf('/') + 1).matches(".*\\.[\\p{Alnum}_]+$");
    }
}
