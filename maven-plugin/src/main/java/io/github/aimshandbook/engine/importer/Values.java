package io.github.aimshandbook.engine.importer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the values people write in document metadata into the content format's words: review periods ("annual",
 * "every 6 months") into ISO 8601 periods, dates into ISO dates, document status words into draft, approved or
 * retired. What it cannot read it leaves empty, for the report. Stateless.
 */
final class Values {

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("six", 6), Map.entry("twelve", 12),
            Map.entry("eighteen", 18), Map.entry("twenty-four", 24), Map.entry("a", 1), Map.entry("an", 1));

    private static final Pattern EVERY = Pattern.compile("(\\d{1,3}|one|two|three|four|six|twelve|eighteen"
            + "|twenty-four|a|an)[ -]*(month|year)s?\\b");

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("uuuu/MM/dd", Locale.ENGLISH));

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Values() {
    }

    /** The ISO 8601 period of a review cycle as written ("Annual", "every 6 months", "P12M"), if it is one. */
    static Optional<String> period(String written) {
        String text = written.toLowerCase(Locale.ROOT).replace('\u00a0', ' ').strip();
        if (text.matches("p\\d{1,3}[my]")) {
            return Optional.of(text.toUpperCase(Locale.ROOT));
        }
        if (text.matches(".*\\b(semi-?annual(ly)?|half-?year(ly)?|twice (a|per|each) year|bi-?annual(ly)?)\\b.*")) {
            return Optional.of("P6M"); // "biannual" is twice a year; "biennial" below is every two years
        }
        if (text.matches(".*\\b(biennial(ly)?|every other year)\\b.*")) {
            return Optional.of("P24M");
        }
        if (text.matches(".*\\b(annual(ly)?|yearly|every year|each year|once a year)\\b.*")) {
            return Optional.of("P12M");
        }
        if (text.matches(".*\\b(quarterly|every quarter|each quarter)\\b.*")) {
            return Optional.of("P3M");
        }
        if (text.matches(".*\\b(monthly|every month|each month)\\b.*")) {
            return Optional.of("P1M");
        }
        Matcher every = EVERY.matcher(text);
        if (every.find()) {
            String count = every.group(1);
            int n = count.chars().allMatch(Character::isDigit) ? Integer.parseInt(count) : NUMBERS.get(count);
            if (n > 0 && n <= 120) {
                return Optional.of(every.group(2).equals("year") ? "P" + (n * 12) + "M" : "P" + n + "M");
            }
        }
        return Optional.empty();
    }

    /**
     * The date written as an ISO date or in English words ("3 March 2026", "March 3, 2026"). Dates with slashes
     * such as 03/04/2026 are left empty: whether that is March or April depends on the writer's country.
     */
    static Optional<LocalDate> date(String written) {
        String text = written.replace('\u00a0', ' ').replaceAll("(\\d)(st|nd|rd|th)\\b", "$1").strip();
        Matcher iso = ISO_DATE.matcher(text);
        if (iso.find()) {
            try {
                return Optional.of(LocalDate.parse(iso.group()));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        return Optional.empty();
    }

    /** The content format's document status for a status word as written, if the word says one. */
    static Optional<String> status(String written) {
        String text = written.toLowerCase(Locale.ROOT).strip();
        if (text.matches(".*\\b(retired|obsolete|superseded|withdrawn|archived|deprecated)\\b.*")) {
            return Optional.of("retired");
        }
        if (text.matches(".*\\b(draft|in review|under review|for review|proposed|work in progress|wip|pending)\\b.*")) {
            return Optional.of("draft");
        }
        if (text.matches(".*\\b(approved|final|released|issued|published|active|in force|effective)\\b.*")) {
            return Optional.of("approved");
        }
        return Optional.empty();
    }

    /**
     * Whether a value is a template's blank rather than a value: "[Company Name]", "&lt;owner&gt;", "{{owner}}",
     * "TBD", "N/A", "xxx", "___".
     */
    static boolean isPlaceholder(String value) {
        String text = value.strip();
        return text.isEmpty() || text.matches("\\[[^\\]]*]|<[^>]*>|\\{\\{.*}}|\\{[^}]*}|_+|-+|\\.+|x{2,}|X{2,}|\\?+")
                || text.matches("(?i)(tbd|tbc|n/?a|none|todo|to be (confirmed|decided|defined|named|assigned)"
                + "|insert .*|enter .*|add .*)\\.?");
    }

    /** The text of a Markdown value without emphasis, code marks and trailing line breaks. */
    static String plain(String markdown) {
        return markdown.replaceAll("<br\\s*/?>", " ").replaceAll("(\\*\\*|__|\\*|`)", "")
                .replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1").replace("\\|", "|").strip();
    }
}
