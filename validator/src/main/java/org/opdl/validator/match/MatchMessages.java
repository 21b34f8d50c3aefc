package org.opdl.validator.match;

import org.opdl.model.text.Bundle;
import org.opdl.model.text.Message;

/**
 * The messages of the matching of listings to a producer's profile in English and French, whose words are in {@code messages_en.properties}
 * and {@code messages_fr.properties} beside this class. Keys are a rule id and a short suffix.
 */
enum MatchMessages implements Message {
    MATCH_TEXT_COLON("match-text.colon"),
    MATCH_TEXT_DEADLINE("match-text.deadline"),
    MATCH_TEXT_FITS("match-text.fits"),
    MATCH_TEXT_LISTING_S_READ("match-text.listing-s-read"),
    MATCH_TEXT_NEAR_MISSES("match-text.near-misses"),
    MATCH_TEXT_NOT_FIT("match-text.not-fit"),
    MATCH_TEXT_PROGRAMS_FIT("match-text.programs-fit"),
    MATCH_TEXT_SHORT("match-text.short"),
    MATCH_TEXT_STATUS("match-text.status"),
    MATCH_TEXT_UNKNOWN("match-text.unknown"),
    MATCH_TEXT_YOUR_RECORD_STAGE("match-text.your-record-stage"),
    PROFILE_AGE_NOT_AGE("profile.age-not-age"),
    PROFILE_BUDGET_CANNOT_NEGATIVE("profile.budget-cannot-negative"),
    PROFILE_COMPLETED_WORKS_CREDITS("profile.completed-works-credits"),
    PROFILE_CREDITS_CANNOT_MORE("profile.credits-cannot-more"),
    PROFILE_GIVE_LEAST_ONE("profile.give-least-one"),
    PROFILE_LANGUAGE_NOT_LANGUAGE("profile.language-not-language"),
    PROFILE_READER_BUDGET_MUST_NUMBER("profile-reader.budget-must-number"),
    PROFILE_READER_DATE_MUST_WRITTEN("profile-reader.date-must-written"),
    PROFILE_READER_MISSING_SUCH_2("profile-reader.missing-such-2"),
    PROFILE_READER_MUST_LIST_SUCH("profile-reader.must-list-such"),
    PROFILE_READER_MUST_WHOLE_NUMBER("profile-reader.must-whole-number"),
    PROFILE_READER_PROFILE_MUST_JSON("profile-reader.profile-must-json"),
    PROFILE_READER_PROFILE_NOT_JSON("profile-reader.profile-not-json"),
    PROFILE_READER_UNKNOWN_FIELD_KNOWN("profile-reader.unknown-field-known"),
    PROFILE_REGION_NOT_CANADIAN("profile.region-not-canadian"),
    PROFILE_TARGET_GROUP_NOT("profile.target-group-not");

    private static final Bundle BUNDLE = Bundle.of(MatchMessages.class, "messages");

    private final String key;

    MatchMessages(String key) {
        this.key = key;
    }

    @Override
    public Bundle bundle() {
        return BUNDLE;
    }

    @Override
    public String key() {
        return key;
    }
}
