package io.github.aimshandbook.engine.model;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One measurement of an objective: when, the value as written ("80 %"), and the evidence behind it. */
public record ObjectiveResult(LocalDate date, String value, List<Ref> evidence, Keys keys) {

    private static final Pattern NUMBER = Pattern.compile("^\\s*[<>=≤≥~]*\\s*(-?\\d+(?:[.,]\\d+)?)");

    public ObjectiveResult {
        evidence = List.copyOf(evidence);
    }

    public Location location() {
        return keys.entry();
    }

    /** The number the value starts with ("80 %" gives 80, "0.93 AUC" gives 0.93), for charts. */
    public OptionalDouble number() {
        return leadingNumber(value);
    }

    static OptionalDouble leadingNumber(String text) {
        if (text == null) {
            return OptionalDouble.empty();
        }
        Matcher m = NUMBER.matcher(text);
        return m.find() ? OptionalDouble.of(Double.parseDouble(m.group(1).replace(',', '.'))) : OptionalDouble.empty();
    }
}
