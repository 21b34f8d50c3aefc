package org.opdl.validator;

import org.opdl.model.text.Bundle;
import org.opdl.model.text.Message;

/**
 * The messages of the validator's rule options in English and French, whose words are in {@code messages_en.properties}
 * and {@code messages_fr.properties} beside this class. Keys are a rule id and a short suffix.
 */
enum ValidatorMessages implements Message {
    VALIDATOR_DID_YOU_MEAN("validator.did-you-mean"),
    VALIDATOR_OPDL_RULES_LISTS("validator.opdl-rules-lists"),
    VALIDATOR_RULE_REFUSED_FINDING("validator.rule-refused-finding"),
    VALIDATOR_UNKNOWN_RULE_ID("validator.unknown-rule-id");

    private static final Bundle BUNDLE = Bundle.of(ValidatorMessages.class, "messages");

    private final String key;

    ValidatorMessages(String key) {
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
