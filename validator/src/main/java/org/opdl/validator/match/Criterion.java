package org.opdl.validator.match;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** One thing a listing may ask of an applicant, checked against a profile. */
interface Criterion {

    /** Adds the checks of this criterion that the listing gives cause for; none when it asks nothing of the kind. */
    void check(JsonNode listing, Profile profile, List<Match.Check> out);

    /** True when no check of the list fails. */
    static boolean fits(List<Match.Check> checks) {
        for (Match.Check c : checks) {
            if (c.outcome() == Match.Outcome.DOES_NOT_FIT) {
                return false;
            }
        }
        return true;
    }

    /** True when some check fails and every failing check misses by one only. */
    static boolean near(List<Match.Check> checks) {
        boolean fails = false;
        for (Match.Check c : checks) {
            if (c.outcome() == Match.Outcome.DOES_NOT_FIT) {
                if (!c.near()) {
                    return false;
                }
                fails = true;
            }
        }
        return fails;
    }

    /** How far a list of checks is from fitting: 0 fits, 1 near miss, 2 does not fit. */
    static int distance(List<Match.Check> checks) {
        return fits(checks) ? 0 : near(checks) ? 1 : 2;
    }
}
