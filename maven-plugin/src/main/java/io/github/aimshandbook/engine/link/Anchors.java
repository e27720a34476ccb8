package io.github.aimshandbook.engine.link;

/**
 * Turns a handbook page address into the id of the same place inside the single-document PDF:
 * {@code controls/A.6.2.4.html} becomes {@code controls-A.6.2.4}, {@code roles.html#role-ceo} becomes
 * {@code role-ceo}.
 */
public final class Anchors {

    private Anchors() {
    }

    public static String of(String href) {
        int hash = href.indexOf('#');
        if (hash >= 0) {
            return href.substring(hash + 1);
        }
        String path = href.endsWith(".html") ? href.substring(0, href.length() - ".html".length()) : href;
        return path.replace('/', '-');
    }
}
