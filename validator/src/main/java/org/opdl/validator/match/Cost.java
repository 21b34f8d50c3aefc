package org.opdl.validator.match;

import java.math.BigDecimal;
import java.util.List;
import org.opdl.model.text.Prose;
import tools.jackson.databind.JsonNode;

/**
 * What taking part costs against the profile's budget. A stipend or a stated "no fees" makes a
 * program free to its participants; fees the listing does not state leave the cost unknown; a cost
 * at most a tenth over the budget is a near miss. A fee for non-members only is no part of what a
 * member pays, and a profile does not say whom the producer is a member of: a budget that covers the
 * members' cost but not the others' leaves the fit unknown, never shut out. A fee waived for groups
 * the profile names costs the producer nothing, and is said; one waived for other groups is said too,
 * so that a producer who left a group out of the profile learns of it. A fee stated at several
 * amounts (an early-bird and a regular tuition) is paid once, at the highest, and the reason says so
 * ({@link FeesPaid}).
 */
final class Cost implements Criterion {

    private static final BigDecimal TENTH = new BigDecimal("0.1");

    @Override
    public void check(JsonNode listing, Profile profile, List<Match.Check> out) {
        int before = out.size();
        FeesPaid fees = FeesPaid.of(listing.path("fees"), profile);
        judge(listing, fees, profile, out);
        if (out.size() > before && !fees.rates().isEmpty() && fees.total().signum() > 0) {
            // The reason of the cost says which amount of a fee stated at several was counted.
            Match.Check last = out.remove(out.size() - 1);
            Reason said = last.said();
            for (FeesPaid.Rates r : fees.rates()) {
                said = Reason.of("cost.rates", said, Prose.midSentence(Words.label("fee-type", r.feeType())),
                        Prose.and(r.amounts().stream().map(Figures::dollars).toList()), dollars(r.counted()));
            }
            out.add(new Match.Check(last.criterion(), last.outcome(), said, last.near()));
        }
    }

    private static void judge(JsonNode listing, FeesPaid fees, Profile profile, List<Match.Check> out) {
        BigDecimal total = fees.total();
        BigDecimal members = fees.members();
        BigDecimal waived = fees.waived();
        List<String> waivedFor = fees.waivedFor();
        List<String> othersFor = fees.othersFor();
        BigDecimal others = fees.others();
        boolean stated = fees.stated();
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

    private static Reason dollars(BigDecimal amount) {
        return new Reason.Dollars(amount);
    }
}
