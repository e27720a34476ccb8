package io.github.aimshandbook.engine.load;

import io.github.aimshandbook.engine.model.BodyIds;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ids an AsciiDoc body has, found without starting Asciidoctor (seconds of JRuby that a check must not pay):
 * explicit anchors ({@code [[id]]}, {@code [#id]}, {@code anchor:id[]}) and the ids Asciidoctor generates for section
 * titles, by its own rule (Section.generate_id in Asciidoctor 2: {@code idprefix} and {@code idseparator}, default
 * {@code _}, the title as converted, lowercased, without markup, entities and characters that are not word
 * characters, space, '-' or '.'). {@code AsciidocIdsTest} holds this rule equal to the Asciidoctor of the build.
 * Where the ids depend on what only a conversion knows (an include, an attribute in a title, passthrough markup), the
 * result says it is not complete. Stateless.
 */
final class AsciidocIds {

    private static final Pattern SECTION = Pattern.compile("^(={2,6}|#{2,6})\\s+(\\S.*?)(?:\\s+\\1)?\\s*$");
    private static final Pattern BLOCK_ANCHOR = Pattern.compile("^\\[\\[([\\p{L}_:][\\w:.-]*)(?:,\\s*.*)?]]\\s*$",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern BLOCK_ATTRIBUTES = Pattern.compile("^\\[([^\\[\\]]*)]\\s*$");
    private static final Pattern SHORTHAND_ID = Pattern.compile("#([^.%#,\\s]+)");
    private static final Pattern INLINE_ANCHOR = Pattern.compile(
            "(?<!\\\\)(?:\\[\\[\\[?([\\p{L}_:][\\w:.-]*)(?:,\\s*[^\\]]*)?]]|anchor:([\\p{L}_:][\\w:.-]*)\\[|\\[#([\\p{L}_:][\\w:.-]*)[^\\]]*]#)",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern ATTRIBUTE = Pattern.compile("^:(idprefix|idseparator|sectids!?|!sectids):\\s*(.*?)\\s*$");
    private static final Pattern DELIMITER = Pattern.compile("^(-{4,}|\\.{4,}|/{4,}|`{3,}|\\+{4,})\\s*$");
    /** Asciidoctor's InvalidSectionIdCharsRx. */
    private static final Pattern INVALID = Pattern.compile(
            "<[^>]+>|&(?:[a-z][a-z]+\\d{0,2}|#\\d\\d\\d{0,4}|#x[\\da-f][\\da-f][\\da-f]{0,3});|[^ \\w\\-.]+?",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** Markup a title may hold whose result only a conversion knows. */
    private static final Pattern UNKNOWABLE = Pattern.compile("\\{|\\+\\+|pass:|<<|xref:|link:|image:|footnote:|kbd:|"
            + "https?:|\\(C\\)|\\(R\\)|\\(TM\\)|--|\\.\\.\\.|->|=>|<-|<=|\\[|(?<!\\w)_|_(?!\\w)");

    private AsciidocIds() {
    }

    static BodyIds of(String body) {
        Set<String> ids = new LinkedHashSet<>();
        boolean complete = true;
        String prefix = "_";
        String separator = "_";
        boolean sectionIds = true;
        String pendingId = null;
        String openBlock = null;
        for (String line : body.split("\n", -1)) {
            if (line.startsWith("include::")) {
                complete = false; // sections and anchors of the included file are known only when it is included
                continue;
            }
            Matcher delimiter = DELIMITER.matcher(line);
            if (delimiter.matches()) {
                openBlock = openBlock == null ? delimiter.group(1) : openBlock.equals(delimiter.group(1)) ? null
                        : openBlock;
                pendingId = null;
                continue;
            }
            if (openBlock != null || line.startsWith("//")) {
                continue;
            }
            Matcher attribute = ATTRIBUTE.matcher(line);
            if (attribute.matches()) {
                switch (attribute.group(1)) {
                    case "idprefix" -> prefix = attribute.group(2);
                    case "idseparator" -> separator = attribute.group(2);
                    case "sectids" -> sectionIds = true;
                    default -> sectionIds = false;
                }
                continue;
            }
            Matcher anchor = BLOCK_ANCHOR.matcher(line);
            if (anchor.matches()) {
                pendingId = anchor.group(1);
                ids.add(pendingId);
                continue;
            }
            Matcher attributes = BLOCK_ATTRIBUTES.matcher(line);
            if (attributes.matches()) {
                String first = attributes.group(1).split(",", -1)[0];
                Matcher id = SHORTHAND_ID.matcher(first);
                if (id.find()) {
                    pendingId = id.group(1);
                    ids.add(pendingId);
                }
                if (attributes.group(1).contains("id=")) {
                    complete = false; // a named id attribute: rare enough not to parse attribute lists here
                }
                continue;
            }
            Matcher section = SECTION.matcher(line);
            if (section.matches()) {
                if (pendingId == null && sectionIds) {
                    String title = section.group(2);
                    if (UNKNOWABLE.matcher(title).find()) {
                        complete = false;
                    } else {
                        ids.add(unique(generated(title, prefix, separator), separator, ids));
                    }
                }
                pendingId = null;
                inline(section.group(2), ids);
                continue;
            }
            if (!line.isBlank()) {
                pendingId = null;
            }
            inline(line, ids);
        }
        return new BodyIds(new java.util.TreeSet<>(ids), complete);
    }

    private static void inline(String line, Set<String> ids) {
        Matcher inline = INLINE_ANCHOR.matcher(line);
        while (inline.find()) {
            for (int group = 1; group <= 3; group++) {
                if (inline.group(group) != null) {
                    ids.add(inline.group(group));
                }
            }
        }
    }

    /** Asciidoctor's Section.generate_id, for a title without attribute references, passthroughs or replacements. */
    static String generated(String title, String prefix, String separator) {
        // quote marks other than '_' are no word characters, so whether they become tags or stay, they go
        // an apostrophe inside a word becomes a typographic one, an entity, which the rule removes
        String converted = title.replaceAll("(?U)(\\w)'(?=\\w)", "$1").replace("&", "&amp;").replace("<", "&lt;")
                .replace(">", "&gt;");
        String id = prefix + INVALID.matcher(converted.toLowerCase(Locale.ROOT)).replaceAll("");
        if (separator.isEmpty()) {
            return id.replace(" ", "");
        }
        String sep = separator.substring(0, 1);
        String squeezed = sep.equals("-") || sep.equals(".") ? "[ .-]+" : "[ " + Pattern.quote(sep) + ".-]+";
        id = id.replaceAll(squeezed, Matcher.quoteReplacement(sep));
        if (id.endsWith(sep)) {
            id = id.substring(0, id.length() - 1);
        }
        if (prefix.isEmpty() && id.startsWith(sep)) {
            id = id.substring(1);
        }
        return id;
    }

    private static String unique(String id, String separator, Set<String> ids) {
        if (!ids.contains(id)) {
            return id;
        }
        String sep = separator.isEmpty() ? "" : separator.substring(0, 1);
        int count = 2;
        while (ids.contains(id + sep + count)) {
            count++;
        }
        return id + sep + count;
    }
}
