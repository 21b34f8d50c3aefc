package org.opdl.validator.report;

import org.opdl.model.text.Bundle;
import org.opdl.model.text.Message;

/**
 * The messages of the validation reports in English and French, whose words are in {@code messages_en.properties}
 * and {@code messages_fr.properties} beside this class. Keys are a rule id and a short suffix.
 */
enum ReportMessages implements Message {
    HTML_RENDERER_TEXT("html-renderer.text"),
    TEXT_RENDERER_ALL_LISTINGS_FILE("text-renderer.all-listings-file"),
    TEXT_RENDERER_ERROR("text-renderer.error"),
    TEXT_RENDERER_ERRORS("text-renderer.errors"),
    TEXT_RENDERER_FILE("text-renderer.file"),
    TEXT_RENDERER_FILES("text-renderer.files"),
    TEXT_RENDERER_FIX("text-renderer.fix"),
    TEXT_RENDERER_LISTING("text-renderer.listing"),
    TEXT_RENDERER_LISTINGS("text-renderer.listings"),
    TEXT_RENDERER_MORE("text-renderer.more"),
    TEXT_RENDERER_SUMMARY("text-renderer.summary"),
    TEXT_RENDERER_TEXT("text-renderer.text"),
    TEXT_RENDERER_WARNING("text-renderer.warning"),
    TEXT_RENDERER_WARNINGS("text-renderer.warnings");

    private static final Bundle BUNDLE = Bundle.of(ReportMessages.class, "messages");

    private final String key;

    ReportMessages(String key) {
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
