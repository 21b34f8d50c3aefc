package org.opdl.model.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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
        return among(input, prepare(candidates), limit);
    }

    /**
     * Candidates folded once, for a caller that asks about the same candidates many times.
     *
     * @param candidates the candidates, each once, in the order given
     * @param folded the folded form of each candidate, in the same order
     */
    public record Prepared(List<String> candidates, List<String> folded) {

        /** Copies the lists, which must be as long as each other. */
        public Prepared {
            candidates = Collections.unmodifiableList(new ArrayList<>(candidates));
            folded = Collections.unmodifiableList(new ArrayList<>(folded));
            if (candidates.size() != folded.size()) {
                throw new IllegalArgumentException("one folded form per candidate");
            }
        }
    }

    /** Folds the candidates once; a repeated candidate is kept once, where it first comes. */
    public static Prepared prepare(Collection<String> candidates) {
        Set<String> distinct = new LinkedHashSet<>(candidates);
        List<String> folded = new ArrayList<>(distinct.size());
        distinct.forEach(c -> folded.add(Folding.fold(c)));
        return new Prepared(new ArrayList<>(distinct), folded);
    }

    /** {@link #among(String, Collection, int)} over candidates folded beforehand. */
    public static List<String> among(String input, Prepared candidates, int limit) {
        String key = Folding.fold(input);
        record Scored(String candidate, int distance) {
        }
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < candidates.candidates().size(); i++) {
            String candidate = candidates.candidates().get(i);
            String folded = candidates.folded().get(i);
            int allowed = Math.max(2, folded.length() / 3);
            boolean prefix = !key.isEmpty() && key.length() >= 3
                    && (folded.startsWith(key) || key.startsWith(folded));
            if (!prefix && Math.abs(key.length() - folded.length()) > allowed) {
                // The distance is at least the difference in length: no need to work it out.
                continue;
            }
            int distance = distanceAtMost(key, folded, allowed);
            if (distance <= allowed || prefix) {
                scored.add(new Scored(candidate, prefix ? Math.min(distance, allowed) : distance));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::candidate));
        return scored.stream().limit(limit).map(Scored::candidate).toList();
    }

    /**
     * {@link #distance}, or any value above {@code limit} as soon as the distance is sure to pass
     * it: once every cell of a row of the table is above the limit, no later row comes back under
     * it. Unknown words are usually far from every candidate, so most comparisons stop after a few rows.
     */
    static int distanceAtMost(String a, String b, int limit) {
        int[] before = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, before[j - 2] + 1);
                }
                current[j] = best;
                rowMin = Math.min(rowMin, best);
            }
            // A transposition reaches back two rows, so both rows must be past the limit to stop.
            if (rowMin > limit && i > 1 && min(previous) > limit) {
                return limit + 1;
            }
            int[] spare = before;
            before = previous;
            previous = current;
            current = spare;
        }
        return previous[b.length()];
    }

    private static int min(int[] row) {
        int m = Integer.MAX_VALUE;
        for (int v : row) {
            m = Math.min(m, v);
        }
        return m;
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
