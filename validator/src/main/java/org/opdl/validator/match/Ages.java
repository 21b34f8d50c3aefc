package org.opdl.validator.match;

import java.util.OptionalInt;
import tools.jackson.databind.JsonNode;

/**
 * The ages a listing sets in its eligibility, read once for every criterion that judges by them: the
 * age limit itself, places reserved for youth, and a fee waived for youth. An age that is not a whole
 * number a Java {@code int} holds is taken as not set, as the validator reports it.
 *
 * @param least the least age admitted, when set
 * @param greatest the greatest age admitted, when set
 */
record Ages(OptionalInt least, OptionalInt greatest) {

    /** Whether a profile's age is within the ages that say who is young, or those ages do not judge it. */
    enum Youth {
        /** The listing sets a greatest age, and the profile's age is within the ages. */
        WITHIN,
        /** The listing sets a greatest age, and the profile's age is outside the ages. */
        OUTSIDE,
        /** The listing sets no greatest age (a least age alone does not say who is young), or the profile gives no age. */
        NOT_JUDGED
    }

    /** The ages of {@code eligibility}, a listing's {@code eligibility} object (or a missing node). */
    static Ages of(JsonNode eligibility) {
        return new Ages(whole(eligibility.path("minAge")), whole(eligibility.path("maxAge")));
    }

    /** True when the listing sets a least or a greatest age. */
    boolean any() {
        return least.isPresent() || greatest.isPresent();
    }

    /** True when the ages say who is young: only a greatest age does, a least age alone admits everyone past it. */
    boolean sayWhoIsYoung() {
        return greatest.isPresent();
    }

    /** The years {@code age} is outside the ages: 0 or less within them, 1 for a near miss. */
    int yearsOut(int age) {
        return Math.max(least.isPresent() ? least.getAsInt() - age : 0, greatest.isPresent() ? age - greatest.getAsInt() : 0);
    }

    /** Whether the profile's age is within the ages that say who is young. */
    Youth youth(Profile profile) {
        if (!sayWhoIsYoung() || profile.age().isEmpty()) {
            return Youth.NOT_JUDGED;
        }
        return yearsOut(profile.age().getAsInt()) <= 0 ? Youth.WITHIN : Youth.OUTSIDE;
    }

    /** The ages in words: "for ages 18 to 35", "for ages 18 and over", "for ages up to 29"; only when {@link #any()}. */
    Reason range() {
        if (least.isPresent() && greatest.isPresent()) {
            return Reason.of("age.range", least.getAsInt(), greatest.getAsInt());
        }
        return least.isPresent() ? Reason.of("age.range.min", least.getAsInt()) : Reason.of("age.range.max", greatest.getAsInt());
    }

    private static OptionalInt whole(JsonNode age) {
        return age.isIntegralNumber() && age.canConvertToInt() ? OptionalInt.of(age.intValue()) : OptionalInt.empty();
    }
}
