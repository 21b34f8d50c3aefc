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
 * so that a producer who left a group out of the profile learns of it; one waived for youth by a
 * listing that sets its ages goes by the profile's age, and says so. A fee stated at several
 * amounts (an early-bird and a regular tuition) is paid once, at the highest, and the reason says so
 * ({@link FeesPaid}). A subsidy of costs with no fee stated is said by what it pays ({@link SubsidyPaid}), and
 * one beside fees after them. A stipend is said with its amount and period ({@link StipendPaid}). An award or
 * prizes the program gives are said last ({@link MoneyGiven}).
 */
final class Cost implements Criterion {

    private static final BigDecimal TENTH = new BigDecimal("0.1");

    @Override
    public void check(JsonNode listing, Profile profile, List<Match.Check> out) {
        FeesPaid fees = FeesPaid.of(listing, profile);
        Match.Check cost = judge(listing, fees, profile, out);
        if (!fees.rates().isEmpty() && fees.total().signum() > 0) {
            // The reason of the cost says which amount of a fee stated at several was counted.
            Reason said = cost.said();
            for (FeesPaid.Rates r : fees.rates()) {
                said = Reason.of("cost.rates", said, Prose.midSentence(Words.label("fee-type", r.feeType())),
                        Prose.and(r.amounts().stream().map(Figures::dollars).toList()), dollars(r.counted()));
            }
            cost = new Match.Check(cost.criterion(), cost.outcome(), said, cost.near());
        }
        if (listing.has("subsidy") && (fees.stated() || Stated.none(listing, "no-fees") || listing.has("stipend"))) {
            // fees judged say nothing of the costs the program pays back: say both
            cost = new Match.Check(cost.criterion(), cost.outcome(), SubsidyPaid.beside(cost.said(), listing.path("subsidy")), cost.near());
        }
        Reason given = MoneyGiven.beside(cost.said(), listing);
        out.add(given == cost.said() ? cost : new Match.Check(cost.criterion(), cost.outcome(), given, cost.near()));
    }

    /**
     * The check of what the producer pays, returned whole; the fees waived, for the profile's groups or
     * for others, are said before it in {@code notes}.
     */
    private static Match.Check judge(JsonNode listing, FeesPaid fees, Profile profile, List<Match.Check> notes) {
        if (fees.waived().signum() > 0 && fees.total().signum() == 0 && !listing.has("stipend")) {
            return new Match.Check("cost", Match.Outcome.FITS,
                    Reason.of(byAge(fees, profile, "cost.waived.free"), dollars(fees.waived()), Reason.labels("target-group", fees.waivedFor())), false);
        }
        if (fees.waived().signum() > 0) {
            notes.add(new Match.Check("cost", Match.Outcome.FITS,
                    Reason.of(byAge(fees, profile, "cost.waived.yours"), dollars(fees.waived()), Reason.labels("target-group", fees.waivedFor())), false));
        }
        if (fees.others().signum() > 0) {
            notes.add(new Match.Check("cost", Match.Outcome.FITS,
                    Reason.of(othersKey(fees), dollars(fees.others()), Reason.labels("target-group", fees.othersFor())), false));
        }
        if (fees.stated() && fees.members().compareTo(fees.total()) < 0) {
            return byMembership(fees.members(), fees.total(), profile);
        }
        boolean free = fees.stated() ? fees.total().signum() == 0 : Stated.none(listing, "no-fees");
        if (listing.has("stipend") && (free || !fees.stated())) {
            return new Match.Check("cost", Match.Outcome.FITS, StipendPaid.of(listing.path("stipend")), false);
        } else if (free) {
            return new Match.Check("cost", Match.Outcome.FITS, Reason.of("cost.free"), false);
        } else if (!fees.stated()) {
            // A travel grant pays a share of costs the listing cannot know: say what it pays, not that it says nothing.
            return new Match.Check("cost", Match.Outcome.UNKNOWN,
                    SubsidyPaid.of(listing.path("subsidy")).orElseGet(() -> Reason.of("cost.unknown")), false);
        } else if (profile.budget().isEmpty()) {
            return new Match.Check("cost", Match.Outcome.UNKNOWN, Reason.of("cost.no-budget", dollars(fees.total())), false);
        }
        BigDecimal budget = profile.budget().get();
        BigDecimal over = fees.total().subtract(budget);
        if (over.signum() <= 0) {
            return new Match.Check("cost", Match.Outcome.FITS, Reason.of("cost.within", dollars(fees.total()), dollars(budget)), false);
        }
        return new Match.Check("cost", Match.Outcome.DOES_NOT_FIT,
                Reason.of("cost.over", dollars(fees.total()), dollars(budget), dollars(over)),
                over.compareTo(budget.multiply(TENTH)) <= 0);
    }

    /**
     * The key of a fee waived for groups the producer is not of: where youth is judged by the ages, the
     * ages are the reason for youth, and the profile's groups for the others, as a producer past the ages
     * who names youth does name one of the groups.
     */
    private static String othersKey(FeesPaid fees) {
        if (fees.youth() != Ages.Youth.NOT_JUDGED && fees.othersFor().contains("youth")) {
            return fees.othersFor().size() == 1 ? "cost.waived.others.age" : "cost.waived.others.age.more";
        }
        return fees.othersFor().size() == 1 ? "cost.waived.others.one" : "cost.waived.others";
    }

    /** The key of a fee waived for the producer: by the age when only youth, judged by the ages, waives it. */
    private static String byAge(FeesPaid fees, Profile profile, String key) {
        boolean age = fees.youth() == Ages.Youth.WITHIN && fees.waivedFor().contains("youth") && !Audience.any(profile, fees.waivedFor());
        return age ? key + ".age" : key;
    }

    /** Fees that differ for members of the provider: judged on the members' cost, the others' said beside it. */
    private static Match.Check byMembership(BigDecimal members, BigDecimal others, Profile profile) {
        Reason member = dollars(members);
        Reason nonMember = dollars(others);
        if (profile.budget().isEmpty()) {
            return new Match.Check("cost", Match.Outcome.UNKNOWN, Reason.of("cost.members.no-budget", member, nonMember), false);
        }
        BigDecimal budget = profile.budget().get();
        if (others.compareTo(budget) <= 0) {
            return new Match.Check("cost", Match.Outcome.FITS, Reason.of("cost.within", nonMember, dollars(budget)), false);
        } else if (members.compareTo(budget) <= 0) {
            return new Match.Check("cost", Match.Outcome.UNKNOWN, Reason.of("cost.members.within", member, nonMember, dollars(budget)), false);
        }
        BigDecimal over = members.subtract(budget);
        return new Match.Check("cost", Match.Outcome.DOES_NOT_FIT, Reason.of("cost.members.over", member, dollars(budget), dollars(over)),
                over.compareTo(budget.multiply(TENTH)) <= 0);
    }

    private static Reason dollars(BigDecimal amount) {
        return new Reason.Dollars(amount);
    }
}
