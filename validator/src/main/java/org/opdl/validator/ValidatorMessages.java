package org.opdl.validator;

import org.opdl.model.text.Message;

/**
 * The messages of the validator's rule options in English and French, whose words are in {@code messages_en.properties}
 * and {@code messages_fr.properties} beside this class. Keys are the constants' names in lower case with hyphens.
 */
enum ValidatorMessages implements Message {
    VALIDATOR_DID_YOU_MEAN,
    VALIDATOR_OPDL_RULES_LISTS,
    VALIDATOR_RULE_REFUSED_FINDING,
    VALIDATOR_UNKNOWN_RULE_ID;
}
