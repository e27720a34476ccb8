package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.model.Content;
import io.github.aimshandbook.engine.model.Document;
import io.github.aimshandbook.engine.model.Findings;
import io.github.aimshandbook.engine.model.Location;
import io.github.aimshandbook.engine.tree.ContentTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Finds the characters of the content that no font of the PDF can draw. openhtmltopdf prints such a character as
 * {@code #}, so an author's status marker would turn into noise without a word; this says where it is instead
 * ({@code unprintable-character}, a warning: the web handbook shows it as the reader's browser can). It reads the
 * source files, so that the finding gives the line and column the author wrote it at.
 */
final class PrintableCharacters {

    static final String CODE = "unprintable-character";

    private final List<CmapLookup> fonts = new ArrayList<>();
    private final String fontNames;

    PrintableCharacters(Templates templates) {
        TreeSet<String> families = new TreeSet<>();
        for (PdfRenderer.Font font : PdfRenderer.FONTS) {
            byte[] bytes = templates.asset(font.file()).orElseThrow(() -> new IllegalStateException(
                    "The theme has no " + font.file() + "; the PDF needs it to embed its fonts."));
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
                fonts.add(ttf.getUnicodeCmapLookup());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the font " + font.file() + ": " + e.getMessage(), e);
            }
            families.add(font.family());
        }
        fontNames = String.join(", ", families);
    }

    /** Adds a warning for each character of a source file that the PDF cannot print, once per character and file. */
    void check(ContentTree tree, Content content, Findings findings) {
        TreeSet<String> sources = new TreeSet<>();
        content.documents().stream().map(Document::path).forEach(sources::add);
        for (String file : content.files()) {
            String lower = file.toLowerCase(Locale.ROOT);
            if ((lower.endsWith(".yaml") || lower.endsWith(".yml")) && !file.startsWith("templates/")
                    && !file.startsWith("files/")) {
                sources.add(file);
            }
        }
        for (String file : sources) {
            // only what the content tree lets any stage read: a symbolic link out of the content is not followed
            if (tree.readable(file).isPresent()) {
                check(file, read(tree, file), findings);
            }
        }
    }

    void check(String file, String text, Findings findings) {
        Map<Integer, Location> first = new LinkedHashMap<>();
        Map<Integer, Integer> times = new LinkedHashMap<>();
        int line = 1;
        int column = 1;
        boolean yamlComment = false;
        boolean yaml = file.endsWith(".yaml") || file.endsWith(".yml");
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                line++;
                column = 1;
                yamlComment = false;
                continue;
            }
            // a YAML comment is not printed; a '#' after a space or at the start of a line begins one
            if (yaml && cp == '#' && (column == 1 || Character.isWhitespace(text.codePointBefore(i - 1)))) {
                yamlComment = true;
            }
            if (!yamlComment && !printable(cp)) {
                first.putIfAbsent(cp, new Location(file, line, column));
                times.merge(cp, 1, Integer::sum);
            }
            column++;
        }
        first.forEach((cp, where) -> {
            int more = times.get(cp) - 1;
            findings.warning(CODE, where, "The character " + describe(cp) + " has no glyph in the fonts of the PDF ("
                    + fontNames + "), so handbook.pdf shows '#' in its place" + (more > 0 ? " here and " + more
                            + " more time" + (more > 1 ? "s" : "") + " in this file" : "") + ". Write it another"
                    + " way, with a word or a symbol the fonts have (such as ✅ ❌ ⚠ ★ ☐ ☑); the web pages show it"
                    + " as the reader's browser can.");
        });
    }

    /** Whether the PDF can show the character: a font has it, or it is one that is never drawn on its own. */
    boolean printable(int cp) {
        if (Character.isWhitespace(cp) || Character.isISOControl(cp) || ignorable(cp)) {
            return true;
        }
        for (CmapLookup font : fonts) {
            if (font.getGlyphId(cp) != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Characters that shape their neighbours instead of being drawn: joiners, soft hyphens, direction marks,
     * variation selectors (U+FE0F asks for the emoji form of ⚠ or ✅) and skin-tone modifiers. openhtmltopdf
     * leaves them out, which keeps the meaning.
     */
    private static boolean ignorable(int cp) {
        int type = Character.getType(cp);
        return type == Character.FORMAT || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF)
                || (cp >= 0x1F3FB && cp <= 0x1F3FF) || type == Character.NON_SPACING_MARK && cp >= 0x20D0
                        && cp <= 0x20FF;
    }

    private static String describe(int cp) {
        String name = Character.getName(cp);
        return String.format(Locale.ROOT, "U+%04X", cp) + (name == null ? "" : " (" + name + ")");
    }

    private static String read(ContentTree tree, String file) {
        try {
            return new String(tree.read(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
