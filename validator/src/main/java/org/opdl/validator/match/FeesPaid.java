package org.opdl.validator.match;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The fees of a listing as one producer pays them. Each type of fee is paid once: a listing that
 * states two tuitions ($400 until March 1, $500 after, as an early-bird fee is often written) or a
 * members' and a non-members' application fee states rates of one fee, not fees to add up. Of the
 * rates a producer might pay, the highest is counted, as the lower ones may have passed or be for
 * someone else; the amounts are kept so that the reason can name them. A fee waived for youth, of a
 * listing that sets the ages it admits, is waived by the profile's age, not by whether the profile
 * names youth: a producer of 24 who left the group out pays nothing, one of 35 who named it pays.
 *
 * @param stated true when some fee states an amount
 * @param total what a producer pays who is not a member of the provider
 * @param members what a member of the provider pays
 * @param waived what is waived for the groups the profile names
 * @param waivedFor those groups
 * @param others what is waived for groups the profile does not name, and so counted
 * @param othersFor those groups
 * @param rates the fee types stated at several amounts for the same applicants
 * @param youth whether the profile's age is within the listing's ages, or youth is not judged by them
 */
record FeesPaid(boolean stated, BigDecimal total, BigDecimal members, BigDecimal waived, List<String> waivedFor,
        BigDecimal others, List<String> othersFor, List<Rates> rates, Ages.Youth youth) {

    /**
     * A fee stated at several amounts, of which an applicant pays one.
     *
     * @param feeType the fee's type, such as {@code tuition}
     * @param amounts its distinct amounts, lowest first
     */
    record Rates(String feeType, List<BigDecimal> amounts) {

        /** The amount counted: the highest. */
        BigDecimal counted() {
            return amounts.get(amounts.size() - 1);
        }
    }

    private record Fee(BigDecimal amount, List<String> waivedFor, boolean nonMembersOnly) {
    }

    /** The fees of {@code listing} as the producer of {@code profile} pays them. */
    static FeesPaid of(JsonNode listing, Profile profile) {
        JsonNode fees = listing.path("fees");
        Ages.Youth byAge = Ages.of(listing.path("eligibility")).youth(profile);
        Map<String, List<Fee>> byType = new LinkedHashMap<>();
        int untyped = 0;
        for (JsonNode fee : fees) {
            try {
                BigDecimal amount = new BigDecimal(fee.path("amount").path("amount").asString(""));
                String type = fee.path("feeType").asString("");
                // A fee without a type cannot be told to be a rate of another: it is paid on its own.
                String key = type.isEmpty() ? "#" + untyped++ : type;
                byType.computeIfAbsent(key, k -> new ArrayList<>()).add(new Fee(amount,
                        Audience.codes(fee.path("waivedFor")), fee.path("nonMembersOnly").asBoolean(false)));
            } catch (NumberFormatException e) {
                // A fee with no amount, or a malformed one, states no figure.
            }
        }
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal members = BigDecimal.ZERO;
        BigDecimal waived = BigDecimal.ZERO;
        BigDecimal others = BigDecimal.ZERO;
        List<String> waivedFor = new ArrayList<>();
        List<String> othersFor = new ArrayList<>();
        List<Rates> rates = new ArrayList<>();
        for (Map.Entry<String, List<Fee>> type : byType.entrySet()) {
            List<Fee> mine = type.getValue().stream().filter(f -> !f.waivedFor().isEmpty() && yours(f.waivedFor(), profile, byAge)).toList();
            List<Fee> paid = type.getValue().stream().filter(f -> !mine.contains(f)).toList();
            List<Fee> waivedForOthers = paid.stream().filter(f -> !f.waivedFor().isEmpty()).toList();
            List<Fee> everyone = paid.stream().filter(f -> !f.nonMembersOnly()).toList();
            waived = waived.add(highest(mine).orElse(BigDecimal.ZERO));
            mine.forEach(f -> addNew(waivedFor, f.waivedFor()));
            others = others.add(highest(waivedForOthers).orElse(BigDecimal.ZERO));
            waivedForOthers.forEach(f -> addNew(othersFor, f.waivedFor()));
            total = total.add(highest(paid).orElse(BigDecimal.ZERO));
            members = members.add(highest(everyone).orElse(BigDecimal.ZERO));
            rates(type.getKey(), everyone).ifPresent(rates::add);
            rates(type.getKey(), paid.stream().filter(Fee::nonMembersOnly).toList()).ifPresent(rates::add);
        }
        return new FeesPaid(!byType.isEmpty(), total, members, waived, List.copyOf(waivedFor),
                others, List.copyOf(othersFor), List.copyOf(rates), byAge);
    }

    /** True when the fee is waived for the producer: for a group the profile names, or for youth by the age. */
    private static boolean yours(List<String> groups, Profile profile, Ages.Youth byAge) {
        if (byAge == Ages.Youth.NOT_JUDGED || !groups.contains("youth")) {
            return Audience.any(profile, groups);
        }
        return byAge == Ages.Youth.WITHIN || Audience.any(profile, groups.stream().filter(g -> !g.equals("youth")).toList());
    }

    private static Optional<BigDecimal> highest(List<Fee> fees) {
        return fees.stream().map(Fee::amount).max(BigDecimal::compareTo);
    }

    private static Optional<Rates> rates(String type, List<Fee> fees) {
        List<BigDecimal> distinct = new ArrayList<>();
        fees.stream().map(Fee::amount).sorted().forEach(a -> {
            if (distinct.isEmpty() || distinct.get(distinct.size() - 1).compareTo(a) != 0) {
                distinct.add(a);
            }
        });
        return distinct.size() < 2 || type.startsWith("#") ? Optional.empty() : Optional.of(new Rates(type, List.copyOf(distinct)));
    }

    private static void addNew(List<String> into, List<String> codes) {
        codes.stream().filter(c -> !into.contains(c)).forEach(into::add);
    }
}
