package io.github.aimshandbook.engine.importer;

import io.github.aimshandbook.engine.Closest;
import io.github.aimshandbook.engine.model.Catalog;
import io.github.aimshandbook.engine.model.Clause;
import io.github.aimshandbook.engine.model.Control;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the ISO/IEC 42001 clauses and Annex A controls that a text cites ("Clause 8.4", "clauses 6.1 and 8.2",
 * "Annex A control A.5.2", "A.6.2.4"), keeping only ids the built-in catalog has. A citation it cannot map -- a
 * clause or control the standard does not have, an area such as A.6 rather than a control, or a number that follows
 * the name of another standard (ISO/IEC 27001's A.5.15) -- is listed with the reason, for the report. Fenced code
 * is not read. Stateless and thread-safe.
 */
final class Citations {

    /** What one text cites: the mapped ids in the catalog's order and what could not be mapped. */
    record Found(List<String> controls, List<String> clauses, List<Unmapped> unmapped) {
        Found {
            controls = List.copyOf(controls);
            clauses = List.copyOf(clauses);
            unmapped = List.copyOf(unmapped);
        }
    }

    /** A citation that names no item of the catalog: as written, its line (1-based, in the text), and why. */
    record Unmapped(String written, int line, String reason) {
    }

    private static final String NUMBER = "\\d{1,2}(?:\\.\\d{1,2}){0,3}";
    private static final Pattern CLAUSES = Pattern.compile("(?i)(?:\\bclauses?\\b|\\bcl\\.|§)\\s*(" + NUMBER
            + "(?:\\s*(?:,|&|/|\\band\\b|\\bor\\b)\\s*" + NUMBER + ")*)");
    private static final Pattern ONE_NUMBER = Pattern.compile(NUMBER);
    private static final Pattern CONTROL = Pattern.compile("(?<![\\w.])A\\.\\d{1,2}(?:\\.\\d{1,2}){0,2}(?![\\w]|\\.\\d)");
    /**
     * The standards a sentence may name before a number. The last one named before the number, in the same sentence
     * (a period followed by a space, or a semicolon, ends it), is the standard the number belongs to.
     */
    private static final Pattern STANDARD = Pattern.compile("(?i)(42001|27001|27002|27701|9001|22301|23894|NIST|AI RMF"
            + "|AI Act|GDPR|SOC ?2)");

    private final Catalog catalog;

    Citations(Catalog catalog) {
        this.catalog = catalog;
    }

    Found in(String text) {
        Set<String> controls = new LinkedHashSet<>();
        Set<String> clauses = new LinkedHashSet<>();
        List<Unmapped> unmapped = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        boolean[] fenced = Fences.of(lines, 0);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (fenced[i]) {
                continue;
            }
            Matcher clause = CLAUSES.matcher(line);
            while (clause.find()) {
                boolean other = otherStandard(line, clause.start());
                Matcher number = ONE_NUMBER.matcher(clause.group(1));
                while (number.find()) {
                    String id = number.group();
                    if (other) {
                        unmapped.add(new Unmapped("clause " + id, i + 1, "it follows the name of another standard"
                                + " (" + other(line, clause.start()) + "); only ISO/IEC 42001 is mapped."));
                    } else if (catalog.clause(id).isPresent()) {
                        clauses.add(id);
                    } else {
                        unmapped.add(new Unmapped("clause " + id, i + 1, "ISO/IEC 42001 has no clause " + id + "."
                                + Closest.hint(id, catalog.clauses().stream().map(Clause::id).toList())));
                    }
                }
            }
            Matcher control = CONTROL.matcher(line);
            while (control.find()) {
                String id = control.group();
                if (otherStandard(line, control.start())) {
                    unmapped.add(new Unmapped(id, i + 1, "it follows the name of another standard ("
                            + other(line, control.start()) + "); only ISO/IEC 42001 is mapped."));
                } else if (catalog.control(id).isPresent()) {
                    controls.add(id);
                } else if (catalog.area(id).isPresent() || id.equals("A.6.1") || id.equals("A.6.2")) {
                    unmapped.add(new Unmapped(id, i + 1, id + " is a part of Annex A, not a control: name its"
                            + " controls."));
                } else {
                    unmapped.add(new Unmapped(id, i + 1, "Annex A has no control " + id + "."
                            + Closest.hint(id, catalog.controls().stream().map(Control::id).toList())));
                }
            }
        }
        return new Found(catalog.controls().stream().map(Control::id).filter(controls::contains).toList(),
                catalog.clauses().stream().map(Clause::id).filter(clauses::contains).toList(), unmapped);
    }

    private static boolean otherStandard(String line, int at) {
        return !other(line, at).isEmpty();
    }

    /** The other standard that the number at {@code at} belongs to, or "" when it is ISO/IEC 42001's. */
    private static String other(String line, int at) {
        String sentence = line.substring(0, at).replaceFirst("^.*(\\.\\s|;)", "");
        Matcher m = STANDARD.matcher(sentence);
        String last = "";
        while (m.find()) {
            last = m.group(1);
        }
        return last.equals("42001") ? "" : last;
    }
}
