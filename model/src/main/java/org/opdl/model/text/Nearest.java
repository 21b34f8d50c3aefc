package org.opdl.model.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the candidates closest to a misspelled word, for "did you mean" hints. Distance is the
 * optimal string alignment distance between folded forms, so that accents and case cost nothing.
 */
public final class Nearest {

    private Nearest() {
    }

    /**
     * The candidates nearest to {@code input}, best first, at most {@code limit} of them. A
     * candidate qualifies when its distance is at most a third of its length (at least 2), or
     * when one folded form starts with the other.
     */
    public static List<String> among(String input, Collection<String> candidates, int limit) {
        String key = Folding.fold(input);
        record Scored(String candidate, int distance) {
        }
        List<Scored> scored = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String candidate : candidates) {
            if (!seen.add(candidate)) {
                continue;
            }
            String folded = Folding.fold(candidate);
            int distance = distance(key, folded);
            int allowed = Math.max(2, folded.length() / 3);
            boolean prefix = !key.isEmpty() && key.length() >= 3
                    && (folded.startsWith(key) || key.startsWith(folded));
            if (distance <= allowed || prefix) {
                scored.add(new Scored(candidate, prefix ? Math.min(distance, allowed) : distance));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::candidate));
        return scored.stream().limit(limit).map(Scored::candidate).toList();
    }

    /** The optimal string alignment distance (Levenshtein plus adjacent transpositions). */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        return d[a.length()][b.length()];
    }
}
