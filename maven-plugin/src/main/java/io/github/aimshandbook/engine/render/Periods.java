package io.github.aimshandbook.engine.render;

import java.time.Period;

/** Periods as people say them: "every year", "every 6 months"; ISO-8601 ("P10D") when they have days. Stateless. */
final class Periods {

    private Periods() {
    }

    /** The period in words; "" for none. */
    static String inWords(Period p) {
        if (p == null) {
            return "";
        }
        if (p.getDays() == 0) {
            int months = p.getYears() * 12 + p.getMonths();
            if (months % 12 == 0) {
                return months == 12 ? "every year" : "every " + months / 12 + " years";
            }
            return months == 1 ? "every month" : "every " + months + " months";
        }
        return p.toString();
    }
}
