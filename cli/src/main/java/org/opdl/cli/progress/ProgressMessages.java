package org.opdl.cli.progress;

import org.opdl.model.text.Bundle;
import org.opdl.model.text.Message;

/**
 * The messages of the progress lines in English and French, whose words are in {@code messages_en.properties}
 * and {@code messages_fr.properties} beside this class. Keys are a rule id and a short suffix.
 */
enum ProgressMessages implements Message {
    PROGRESS_LINE_ABOUT("progress-line.about"),
    PROGRESS_LINE_LEFT("progress-line.left"),
    PROGRESS_LINE_LISTING_S("progress-line.listing-s"),
    PROGRESS_LINE_OPDL("progress-line.opdl"),
    PROGRESS_LINE_OPDL_LISTING_S("progress-line.opdl-listing-s"),
    PROGRESS_LINE_PERCENT_CLOSE("progress-line.percent-close"),
    PROGRESS_LINE_SECOND("progress-line.second");

    private static final Bundle BUNDLE = Bundle.of(ProgressMessages.class, "messages");

    private final String key;

    ProgressMessages(String key) {
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
