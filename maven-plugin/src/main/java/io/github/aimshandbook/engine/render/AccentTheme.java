package io.github.aimshandbook.engine.render;

import java.util.Locale;

/**
 * The organization's accent colour as a stylesheet, {@code assets/theme.css}: the colour itself where it is readable,
 * and otherwise the nearest darker (light theme) or lighter (dark theme) shade that reaches the WCAG AA contrast of
 * 4.5:1 for text, so that a pale brand colour never makes links or the header unreadable. A file rather than inline
 * style, because the pages' Content-Security-Policy forbids inline style.
 */
final class AccentTheme {

    static final String PATH = "assets/theme.css";
    static final String DEFAULT = "#1f5f8b";
    /** The page backgrounds of aims.css: white, and the dark theme's surface. */
    private static final int[] WHITE = {255, 255, 255};
    private static final int[] DARK_SURFACE = {0x12, 0x16, 0x1c};
    private static final double AA = 4.5;

    private AccentTheme() {
    }

    /** The stylesheet for {@code colour} ("" for the default), a hex colour already checked by the loader. */
    static String css(String colour) {
        int[] base = parse(colour == null || colour.isBlank() ? DEFAULT : colour);
        int[] light = towards(base, new int[] {0, 0, 0}, WHITE, AA);
        int[] lightDark = mix(light, new int[] {0, 0, 0}, 0.25);
        int[] lightSoft = mix(base, WHITE, 0.9);
        // a little above AA on the dark theme: links in a just-sufficient muted shade read as disabled there
        int[] dark = towards(base, WHITE, DARK_SURFACE, 6.5);
        int[] darkDark = mix(dark, WHITE, 0.3);
        int[] darkSoft = mix(base, DARK_SURFACE, 0.8);
        return "/* The accent colour of aims.yaml (" + hex(base) + "), with shades that keep text readable. */\n"
                + ":root {\n"
                + "  --accent: " + hex(light) + ";\n"
                + "  --accent-dark: " + hex(lightDark) + ";\n"
                + "  --accent-soft: " + hex(lightSoft) + ";\n"
                + "  --topbar: " + hex(light) + ";\n"
                + "}\n"
                + "@media (prefers-color-scheme: dark) {\n"
                + "  :root {\n"
                + "    --accent: " + hex(dark) + ";\n"
                + "    --accent-dark: " + hex(darkDark) + ";\n"
                + "    --accent-soft: " + hex(darkSoft) + ";\n"
                + "    --topbar: " + hex(mix(light, new int[] {0, 0, 0}, 0.35)) + ";\n"
                + "  }\n"
                + "}\n";
    }

    /** Moves {@code colour} towards {@code target} in small steps until it has that contrast with {@code background}. */
    static int[] towards(int[] colour, int[] target, int[] background, double minimum) {
        int[] c = colour;
        for (int step = 1; contrast(c, background) < minimum && step <= 20; step++) {
            c = mix(colour, target, step * 0.05);
        }
        return c;
    }

    static double contrast(int[] a, int[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(int[] rgb) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = rgb[i] / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    private static int[] mix(int[] from, int[] to, double share) {
        int[] out = new int[3];
        for (int i = 0; i < 3; i++) {
            out[i] = (int) Math.round(from[i] + (to[i] - from[i]) * share);
        }
        return out;
    }

    static int[] parse(String hex) {
        String h = hex.trim().substring(1);
        if (h.length() == 3) {
            h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        }
        int v = Integer.parseInt(h, 16);
        return new int[] {(v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff};
    }

    static String hex(int[] rgb) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
    }
}
