package org.opdl.validator.match;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** The ages a program admits against the profile's age; one year out is a near miss, and no age given is unknown. */
final class AgeLimit implements Criterion {

    @Override
    public void check(JsonNode listing, Profile profile, List<Match.Check> out) {
        JsonNode min = listing.path("eligibility").path("minAge");
        JsonNode max = listing.path("eligibility").path("maxAge");
        boolean low = min.isIntegralNumber() && min.canConvertToInt();
        boolean high = max.isIntegralNumber() && max.canConvertToInt();
        if (!low && !high) {
            if (Stated.none(listing, "no-age-limit")) {
                out.add(new Match.Check("age", Match.Outcome.FITS, Reason.of("age.none"), false));
            }
            return;
        }
        Reason range = low && high ? Reason.of("age.range", min.intValue(), max.intValue())
                : low ? Reason.of("age.range.min", min.intValue()) : Reason.of("age.range.max", max.intValue());
        if (profile.age().isEmpty()) {
            out.add(new Match.Check("age", Match.Outcome.UNKNOWN, Reason.of("age.unknown", range), false));
            return;
        }
        int age = profile.age().getAsInt();
        int off = Math.max(low ? min.intValue() - age : 0, high ? age - max.intValue() : 0);
        out.add(new Match.Check("age", off <= 0 ? Match.Outcome.FITS : Match.Outcome.DOES_NOT_FIT,
                Reason.of("age.check", range, age), off == 1));
    }
}
