package org.opdl.validator.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opdl.model.vocab.Concept;
import org.opdl.model.vocab.Vocabulary;
import tools.jackson.databind.JsonNode;

/**
 * The groups a listing is for. Places reserved for groups the profile does not name do not fit;
 * priority and welcome never shut anyone out, and are said; groups named without saying which of
 * the three they are leave the fit unknown unless the profile names one. A profile's group also
 * belongs to every broader group ({@code indigenous} to {@code equity-deserving}). A membership the
 * listing requires is said, its fit unknown, as a profile names no memberships; so are a nomination
 * by another body that the program takes applications through ({@code nominatedBy}), and a reserved
 * group the vocabulary does not name ({@code other}, described in {@code otherGroup}). Places
 * reserved for youth, where the listing sets the ages, go by the profile's age, and places reserved for
 * official-language minority communities or francophones by its region and languages.
 */
final class Audience implements Criterion {

    private static final Vocabulary VOCABULARY = Vocabulary.standard();

    @Override
    public void check(JsonNode listing, Profile profile, List<Match.Check> out) {
        JsonNode e = listing.path("eligibility");
        if (e.has("membershipRequired")) {
            // A profile names no memberships: the condition is said, and the fit left unknown.
            out.add(new Match.Check("membership", Match.Outcome.UNKNOWN,
                    Reason.of("membership.required", Words.phrase(e.path("membershipRequired"))), false));
        }
        if (e.has("nominatedBy")) {
            // Nor does it name who put the producer forward: a program open only through a nomination is
            // said, never a fit, which would send the producer to apply directly where she cannot.
            out.add(new Match.Check("nomination", Match.Outcome.UNKNOWN,
                    Reason.of("nomination.required", Words.phrase(e.path("nominatedBy"))), false));
        }
        List<String> reserved = codes(e.path("reservedFor"));
        List<String> prioritised = codes(e.path("prioritised"));
        List<String> welcomed = codes(e.path("welcomed"));
        Optional<Match.Check> byAge = youthByAge(e, profile, reserved);
        Optional<String> byLanguage = GroupsByLanguage.reason(profile, reserved);
        if (!reserved.isEmpty() && !any(profile, reserved) && reserved.contains("other") && e.has("otherGroup")) {
            // A group the vocabulary does not name is one a profile cannot show: said, its fit unknown.
            out.add(new Match.Check("target-group", Match.Outcome.UNKNOWN, Reason.of("groups.reserved.other",
                    Reason.labels("target-group", reserved), Words.of(e.path("otherGroup"))), false));
        } else if (!reserved.isEmpty() && !any(profile, reserved) && byAge.isPresent()) {
            // Youth is an age range the program sets: the ages decide, not whether the profile lists the group.
            out.add(byAge.get());
        } else if (!reserved.isEmpty() && !any(profile, reserved) && byLanguage.isPresent()) {
            // A minority-language community is a place and a language, which the profile gives.
            out.add(new Match.Check("target-group", Match.Outcome.FITS,
                    Reason.of(byLanguage.get(), Reason.labels("target-group", reserved)), false));
        } else if (!reserved.isEmpty()) {
            boolean member = any(profile, reserved);
            out.add(new Match.Check("target-group", member ? Match.Outcome.FITS : Match.Outcome.DOES_NOT_FIT,
                    Reason.of(member ? "groups.reserved.fits" : misses(reserved), Reason.labels("target-group", reserved)), false));
        }
        if (!prioritised.isEmpty()) {
            out.add(new Match.Check("target-group", Match.Outcome.FITS, Reason.of(
                    any(profile, prioritised) ? "groups.prioritised.yours" : "groups.prioritised.others",
                    Reason.labels("target-group", prioritised)), false));
        }
        if (!welcomed.isEmpty()) {
            out.add(new Match.Check("target-group", Match.Outcome.FITS, Reason.of("groups.welcomed", Reason.labels("target-group", welcomed)), false));
        }
        List<String> groups = codes(e.path("targetGroups"));
        if (groups.isEmpty() || !reserved.isEmpty() || !prioritised.isEmpty() || !welcomed.isEmpty()) {
            return;
        }
        boolean member = any(profile, groups);
        out.add(new Match.Check("target-group", member ? Match.Outcome.FITS : Match.Outcome.UNKNOWN,
                Reason.of(member ? "groups.fits" : "groups.unknown", Reason.labels("target-group", groups)), false));
    }

    /**
     * The check of places reserved for youth, among other groups, by the profile's age, when the
     * listing sets the ages: fits within them, and outside them is said as an age out of range, never as
     * a group the profile fails to name (one year out is a near miss); unknown when the profile gives no
     * age; empty when the groups do not name youth or the listing sets no greatest age (a least age alone does
     * not say who is young).
     */
    private static Optional<Match.Check> youthByAge(JsonNode eligibility, Profile profile, List<String> groups) {
        Ages ages = Ages.of(eligibility);
        if (!groups.contains("youth") || !ages.sayWhoIsYoung()) {
            return Optional.empty();
        }
        Reason labels = Reason.labels("target-group", groups);
        if (profile.age().isEmpty()) {
            return Optional.of(new Match.Check("target-group", Match.Outcome.UNKNOWN, Reason.of("groups.reserved.no-age", labels), false));
        }
        int age = profile.age().getAsInt();
        int off = ages.yearsOut(age);
        return Optional.of(off <= 0 ? new Match.Check("target-group", Match.Outcome.FITS, Reason.of("groups.reserved.age", labels), false)
                : new Match.Check("target-group", Match.Outcome.DOES_NOT_FIT, Reason.of("groups.reserved.age.outside", labels), off == 1));
    }

    /** The words of places reserved for groups the profile does not name: "does not name it" of one, "names none of these" of several. */
    private static String misses(List<String> groups) {
        return groups.size() == 1 ? "groups.reserved.misses.one" : "groups.reserved.misses";
    }

    /** True when the profile names the group, or a group narrower than it. */
    static boolean belongs(Profile profile, String group) {
        for (String mine : profile.targetGroups()) {
            Optional<String> g = Optional.of(mine);
            for (int depth = 0; g.isPresent() && depth < 8; depth++) {
                if (g.get().equals(group)) {
                    return true;
                }
                g = VOCABULARY.concept("target-group", g.get()).flatMap(Concept::broader);
            }
        }
        return false;
    }

    /** True when the profile names one of the groups: the groups that may favour its holder in a ranking too. */
    static boolean any(Profile profile, List<String> groups) {
        return groups.stream().anyMatch(g -> belongs(profile, g));
    }

    static List<String> codes(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.asString("")));
        return out;
    }
}
