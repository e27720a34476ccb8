package io.github.aimshandbook.engine;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Finds the candidates closest to a misspelt word, for "did you mean" hints. */
public final class Closest {

    private Closest() {
    }

    /**
     * The candidates nearest to {@code word} by edit distance, nearest first, at most {@code limit}; only those
     * close enough to be a plausible typo (or starting with the word) are returned.
     */
    public static List<String> to(String word, Collection<String> candidates, int limit) {
        String w = word.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .distinct()
                .map(c -> new Scored(c, distance(w, c.toLowerCase(Locale.ROOT))))
                .filter(s -> s.score <= Math.max(2, w.length() / 2)
                        || w.length() >= 3 && s.candidate.toLowerCase(Locale.ROOT).startsWith(w))
                .sorted(Comparator.comparingInt((Scored s) -> s.score).thenComparing(s -> s.candidate))
                .limit(limit)
                .map(s -> s.candidate)
                .toList();
    }

    /** "did you mean X or Y?" or an empty string when nothing is close. */
    public static String hint(String word, Collection<String> candidates) {
        List<String> near = to(word, candidates, 3);
        if (near.isEmpty()) {
            return "";
        }
        if (near.size() == 1) {
            return " Did you mean " + near.get(0) + "?";
        }
        return " Did you mean " + String.join(", ", near.subList(0, near.size() - 1)) + " or "
                + near.get(near.size() - 1) + "?";
    }

    private record Scored(String candidate, int score) {
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
