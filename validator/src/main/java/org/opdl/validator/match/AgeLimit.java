package org.opdl.validator.match;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** The ages a program admits against the profile's age; one year out is a near miss, and no age given is unknown. */
final class AgeLimit implements Criterion {

    @Override
    public void check(JsonNode listing, Profile profile, List<Match.Check> out) {
        Ages ages = Ages.of(listing.path("eligibility"));
        if (!ages.any()) {
            if (Stated.none(listing, "no-age-limit")) {
                out.add(new Match.Check("age", Match.Outcome.FITS, Reason.of("age.none"), false));
            }
            return;
        }
        Reason range = ages.range();
        if (profile.age().isEmpty()) {
            out.add(new Match.Check("age", Match.Outcome.UNKNOWN, Reason.of("age.unknown", range), false));
            return;
        }
        int age = profile.age().getAsInt();
        int off = ages.yearsOut(age);
        out.add(new Match.Check("age", off <= 0 ? Match.Outcome.FITS : Match.Outcome.DOES_NOT_FIT,
                Reason.of("age.check", range, age), off == 1));
    }
}
