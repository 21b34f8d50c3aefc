package org.opdl.validator.match;

import org.opdl.model.text.Message;

/**
 * The messages of the matching of listings to a producer's profile in English and French, whose words are in {@code messages_en.properties}
 * and {@code messages_fr.properties} beside this class. Keys are the constants' names in lower case with hyphens.
 */
enum MatchMessages implements Message {
    MATCH_TEXT_COLON,
    MATCH_TEXT_DEADLINE,
    MATCH_TEXT_FITS,
    MATCH_TEXT_LISTING_S_READ,
    MATCH_TEXT_MORE,
    MATCH_TEXT_NEAR_MISSES,
    MATCH_TEXT_NOT_FIT,
    MATCH_TEXT_PROGRAMS_FIT,
    MATCH_TEXT_SHORT,
    MATCH_TEXT_STATUS,
    MATCH_TEXT_UNKNOWN,
    MATCH_TEXT_YOUR_RECORD_STAGE,
    PROFILE_AGE_NOT_AGE,
    PROFILE_BUDGET_CANNOT_NEGATIVE,
    PROFILE_COMPLETED_WORKS_CREDITS,
    PROFILE_CREDITS_CANNOT_MORE,
    PROFILE_GIVE_LEAST_ONE,
    PROFILE_LANGUAGE_NOT_LANGUAGE,
    PROFILE_READER_BUDGET_MUST_NUMBER,
    PROFILE_READER_DATE_MUST_WRITTEN,
    PROFILE_READER_MISSING_SUCH_2,
    PROFILE_READER_MUST_LIST_SUCH,
    PROFILE_READER_MUST_WHOLE_NUMBER,
    PROFILE_READER_PROFILE_MUST_JSON,
    PROFILE_READER_PROFILE_NOT_JSON,
    PROFILE_READER_UNKNOWN_FIELD_KNOWN,
    PROFILE_REGION_NOT_CANADIAN,
    PROFILE_TARGET_GROUP_NOT;
}
