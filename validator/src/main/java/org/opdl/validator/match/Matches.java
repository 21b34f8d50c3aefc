package org.opdl.validator.match;

import java.util.List;

/**
 * The answer to a profile: the programs that fit, ranked, the near misses, and how many were left
 * out and why.
 *
 * @param profile the profile matched
 * @param stage the career stage the profile reaches on the standard's scale
 * @param fits the listings that fit, fewest unknowns first, then nearest deadline
 * @param nearMisses the listings missed by one work, credit or year
 * @param notFitting the number of listings that do not fit
 * @param closed the number of closed listings and passed deadlines left out
 * @param read the number of listings read
 * @param others the listings that do not fit, each with its reasons, when every verdict was asked
 *     for ({@code opdl match --all}); empty otherwise, when they are only counted
 * @param repeated the number of listings read with the id of one read before (two files that hold the
 *     same program, or one listing pasted twice), matched once by the copy updated last ({@code lastUpdated};
 *     the first read when none says it is newer) and said, never listed twice
 */
public record Matches(Profile profile, String stage, List<Match> fits, List<Match> nearMisses, long notFitting,
        long closed, long read, List<Match> others, long repeated) {

    /** Copies the lists. */
    public Matches {
        fits = List.copyOf(fits);
        nearMisses = List.copyOf(nearMisses);
        others = List.copyOf(others);
    }
}
