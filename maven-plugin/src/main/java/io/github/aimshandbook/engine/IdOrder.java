package io.github.aimshandbook.engine;

import java.util.Comparator;

/**
 * The order people read ids in: runs of digits compare as numbers, so clause 4.1 comes before 10.2 and control A.2.2
 * before A.10.4, and R-9 before R-10; everything else compares as text. Ties of equal value but different spelling
 * ("A.02" and "A.2") fall back to code-point order, so that the order is total and the output deterministic.
 * For pages and lists people read; the report keeps code-point order, as the format says.
 */
public final class IdOrder {

    /** Thread-safe and stateless. */
    public static final Comparator<String> NATURAL = IdOrder::compare;

    private IdOrder() {
    }

    static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                String na = a.substring(i, endA).replaceFirst("^0+(?=\\d)", "");
                String nb = b.substring(j, endB).replaceFirst("^0+(?=\\d)", "");
                int byLength = Integer.compare(na.length(), nb.length());
                if (byLength != 0) {
                    return byLength;
                }
                int byDigits = na.compareTo(nb);
                if (byDigits != 0) {
                    return byDigits;
                }
                i = endA;
                j = endB;
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        int byRest = Integer.compare(a.length() - i, b.length() - j);
        return byRest != 0 ? byRest : a.compareTo(b);
    }

    private static int digitsEnd(String s, int from) {
        int end = from;
        while (end < s.length() && Character.isDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }
}
