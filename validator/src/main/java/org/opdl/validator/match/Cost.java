package org.opdl.validator.match;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * What taking part costs against the profile's budget. A stipend or a stated "no fees" makes a
 * program free to its participants; fees the listing does not state leave the cost unknown; a cost
 * at most a tenth over the budget is a near miss. A fee for non-members only is no part of what a
 * member pays, and a profile does not say whom the producer is a member of: a budget that covers the
 * members' cost but not the others' leaves the fit unknown, never shut out. A fee waived for groups
 * the profile names costs the producer nothing, and is said; one waived for other groups is said too,
 * so that a producer who left a group out of the profile learns of it.
 */
final class Cost implements Criterion {

    private static final BigDecimal TENTH = new BigDecimal("0.1");

    @Override
    public void check(JsonNode listing, Profile profile, List<Match.Check> out) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal members = BigDecimal.ZERO;
        BigDecimal waived = BigDecimal.ZERO;
        List<String> waivedFor = new ArrayList<>();
        List<String> othersFor = new ArrayList<>();
        BigDecimal others = BigDecimal.ZERO;
        boolean stated = false;
        for (JsonNode fee : listing.path("fees")) {
            try {
                BigDecimal amount = new BigDecimal(fee.path("amount").path("amount").asString(""));
                List<String> groups = Audience.codes(fee.path("waivedFor"));
                stated = true;
                if (!groups.isEmpty() && Audience.any(profile, groups)) {
                    waived = waived.add(amount);
                    addNew(waivedFor, groups);
                    continue;
                } else if (!groups.isEmpty()) {
                    others = others.add(amount);
                    addNew(othersFor, groups);
                }
                total = total.add(amount);
                members = fee.path("nonMembersOnly").asBoolean(false) ? members : members.add(amount);
            } catch (NumberFormatException e) {
                // A fee with no amount, or a malformed one, states no figure.
            }
        }
        if (waived.signum() > 0 && total.signum() == 0 && !listing.has("stipend")) {
            out.add(new Match.Check("cost", Match.Outcome.FITS,
                    Reason.of("cost.waived.free", dollars(waived), Reason.labels("target-group", waivedFor)), false));
            return;
        }
        if (waived.signum() > 0) {
            out.add(new Match.Check("cost", Match.Outcome.FITS,
                    Reason.of("cost.waived.yours", dollars(waived), Reason.labels("target-group", waivedFor)), false));
        }
        if (others.signum() > 0) {
            out.add(new Match.Check("cost", Match.Outcome.FITS,
                    Reason.of("cost.waived.others", dollars(others), Reason.labels("target-group", othersFor)), false));
        }
        if (stated && members.compareTo(total) < 0) {
            byMembership(members, total, profile, out);
            return;
        }
        boolean free = stated ? total.signum() == 0 : Stated.none(listing, "no-fees");
        if (listing.has("stipend") && (free || !stated)) {
            out.add(new Match.Check("cost", Match.Outcome.FITS, Reason.of("cost.stipend"), false));
        } else if (free) {
            out.add(new Match.Check("cost", Match.Outcome.FITS, Reason.of("cost.free"), false));
        } else if (!stated) {
            out.add(new Match.Check("cost", Match.Outcome.UNKNOWN, Reason.of("cost.unknown"), false));
        } else if (profile.budget().isEmpty()) {
            out.add(new Match.Check("cost", Match.Outcome.UNKNOWN, Reason.of("cost.no-budget", dollars(total)), false));
        } else {
            BigDecimal budget = profile.budget().get();
            BigDecimal over = total.subtract(budget);
            if (over.signum() <= 0) {
                out.add(new Match.Check("cost", Match.Outcome.FITS, Reason.of("cost.within", dollars(total), dollars(budget)), false));
            } else {
                out.add(new Match.Check("cost", Match.Outcome.DOES_NOT_FIT,
                        Reason.of("cost.over", dollars(total), dollars(budget), dollars(over)),
                        over.compareTo(budget.multiply(TENTH)) <= 0));
            }
        }
    }

    /** Fees that differ for members of the provider: judged on the members' cost, the others' said beside it. */
    private static void byMembership(BigDecimal members, BigDecimal others, Profile profile, List<Match.Check> out) {
        Reason member = dollars(members);
        Reason nonMember = dollars(others);
        if (profile.budget().isEmpty()) {
            out.add(new Match.Check("cost", Match.Outcome.UNKNOWN, Reason.of("cost.members.no-budget", member, nonMember), false));
            return;
        }
        BigDecimal budget = profile.budget().get();
        if (others.compareTo(budget) <= 0) {
            out.add(new Match.Check("cost", Match.Outcome.FITS, Reason.of("cost.within", nonMember, dollars(budget)), false));
        } else if (members.compareTo(budget) <= 0) {
            out.add(new Match.Check("cost", Match.Outcome.UNKNOWN,
                    Reason.of("cost.members.within", member, nonMember, dollars(budget)), false));
        } else {
            BigDecimal over = members.subtract(budget);
            out.add(new Match.Check("cost", Match.Outcome.DOES_NOT_FIT,
                    Reason.of("cost.members.over", member, dollars(budget), dollars(over)),
                    over.compareTo(budget.multiply(TENTH)) <= 0));
        }
    }

    private static void addNew(List<String> into, List<String> codes) {
        codes.stream().filter(c -> !into.contains(c)).forEach(into::add);
    }

    private static Reason dollars(BigDecimal amount) {
        return new Reason.Dollars(amount);
    }
}
