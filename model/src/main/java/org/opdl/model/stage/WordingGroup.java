package org.opdl.model.stage;

import java.util.LinkedHashMap;
import java.util.Map;
import org.opdl.model.vocab.MatchKind;

/**
 * The stages one stretch of a wording names, by rank on the scale, with the stretch's place: a
 * stage word, a range between two of them, or one made open-ended.
 *
 * @param ranks the stages' ranks, each with how closely the stretch names it
 * @param start where the stretch starts in the wording
 * @param end where it ends
 */
record WordingGroup(Map<Integer, MatchKind> ranks, int start, int end) {

    /** Copies the ranks. */
    WordingGroup {
        ranks = Map.copyOf(ranks);
    }

    /** Every stage from the lowest of both ends to the highest; stages between the ends are as close as the weaker end. */
    WordingGroup through(WordingGroup other) {
        Map<Integer, MatchKind> out = new LinkedHashMap<>(ranks);
        other.ranks.forEach((r, k) -> out.merge(r, k, WordingGroup::stronger));
        MatchKind inner = weakest() == MatchKind.CLOSE || other.weakest() == MatchKind.CLOSE
                ? MatchKind.CLOSE : MatchKind.EXACT;
        fill(out, out.keySet().stream().mapToInt(Integer::intValue).min().orElseThrow(),
                out.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow(), inner);
        return new WordingGroup(out, Math.min(start, other.start), Math.max(end, other.end));
    }

    /** This group with every stage between it and the given rank, as close as its weakest stage. */
    WordingGroup extend(int rank, int newEnd) {
        Map<Integer, MatchKind> out = new LinkedHashMap<>(ranks);
        int lo = Math.min(rank, ranks.keySet().stream().mapToInt(Integer::intValue).min().orElseThrow());
        int hi = Math.max(rank, ranks.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow());
        fill(out, lo, hi, weakest());
        return new WordingGroup(out, start, Math.max(end, newEnd));
    }

    private static void fill(Map<Integer, MatchKind> out, int lo, int hi, MatchKind kind) {
        for (int r = lo; r <= hi; r++) {
            out.putIfAbsent(r, kind);
        }
    }

    MatchKind weakest() {
        return ranks.containsValue(MatchKind.CLOSE) ? MatchKind.CLOSE : MatchKind.EXACT;
    }

    static MatchKind stronger(MatchKind a, MatchKind b) {
        return a == MatchKind.EXACT || b == MatchKind.EXACT ? MatchKind.EXACT : MatchKind.CLOSE;
    }
}
