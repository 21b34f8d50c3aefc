package org.opdl.validator.match;

import java.util.List;
import org.opdl.model.vocab.Vocabulary;
import tools.jackson.databind.JsonNode;

/**
 * Where applicants must live ({@code residence}) and work ({@code workRegion}), and the regions
 * given priority ({@code prioritisedRegions}), which shut no one out and are said. A program open to
 * Canada ({@code CA}) is open to every province and territory; one that states no residence
 * requirement is open to anyone; one that says nothing leaves the fit unknown.
 */
final class Places implements Criterion {

    /** The provinces and territories, in the order of the region scheme. */
    private static final List<String> PROVINCES = Vocabulary.standard().scheme("region").orElseThrow().codes().stream()
            .filter(code -> code.startsWith("CA-")).toList();
    /** The most provinces and territories a residence may leave out and still be said as those it leaves out. */
    private static final int MOST_LEFT_OUT = 3;

    @Override
    public void check(JsonNode listing, Profile profile, List<Match.Check> out) {
        JsonNode e = listing.path("eligibility");
        List<String> residence = Audience.codes(e.path("residence"));
        if (residence.isEmpty()) {
            boolean anywhere = Stated.none(listing, "no-residence-requirement");
            out.add(new Match.Check("region", anywhere ? Match.Outcome.FITS : Match.Outcome.UNKNOWN,
                    Reason.of(anywhere ? "region.any" : "region.unknown"), false));
        } else if (covers(residence, profile.region())) {
            out.add(new Match.Check("region", Match.Outcome.FITS, Reason.of("region.fits", Words.label("region", profile.region())), false));
        } else {
            List<String> others = PROVINCES.stream().filter(p -> !residence.contains(p)).toList();
            // Twelve provinces named one by one hide the one left out, which is the producer's own.
            boolean allBut = !others.isEmpty() && others.size() <= MOST_LEFT_OUT;
            out.add(new Match.Check("region", Match.Outcome.DOES_NOT_FIT, allBut
                    ? Reason.of("region.misses.all-but", Reason.labels("region", others), Words.label("region", profile.region()))
                    : Reason.of("region.misses", Reason.labels("region", residence), Words.label("region", profile.region())), false));
        }
        List<String> preferred = Audience.codes(e.path("prioritisedRegions"));
        if (!preferred.isEmpty()) {
            out.add(new Match.Check("region", Match.Outcome.FITS, Reason.of(covers(preferred, profile.region())
                    ? "region.prioritised.yours" : "region.prioritised.others", Reason.labels("region", preferred)), false));
        }
        List<String> work = Audience.codes(e.path("workRegion"));
        if (!work.isEmpty()) {
            String mine = profile.workRegion().orElse(profile.region());
            boolean covered = covers(work, mine);
            out.add(new Match.Check("work-region", covered ? Match.Outcome.FITS : Match.Outcome.DOES_NOT_FIT,
                    covered ? Reason.of("work.fits", Reason.labels("region", work))
                            : Reason.of("work.misses", Reason.labels("region", work), Words.label("region", mine)), false));
        }
    }

    private static boolean covers(List<String> regions, String region) {
        return regions.contains(region) || regions.contains("CA");
    }
}
