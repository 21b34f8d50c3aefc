package org.opdl.model.stage;

import org.opdl.model.text.Bundle;
import org.opdl.model.text.Message;

/**
 * The messages of the career-stage scale in English and French, whose words are in {@code messages_en.properties}
 * and {@code messages_fr.properties} beside this class. Keys are a rule id and a short suffix.
 */
enum StageMessages implements Message {
    CAREER_STAGE_SCALE_FIRST_STAGE_SCALE("career-stage-scale.first-stage-scale"),
    CAREER_STAGE_SCALE_MINIMUM_MET("career-stage-scale.minimum-met"),
    FIGURE_COMPLETED_WORKS_PRODUCER("figure.completed-works-producer"),
    FIGURE_PROFESSIONAL_PRODUCING_CREDITS("figure.professional-producing-credits"),
    FIGURE_YEARS_PROFESSIONAL_PRACTICE("figure.years-professional-practice"),
    INVALID_RECORD_EXCEPTION_FIGURES_MUST_WHOLE("invalid-record-exception.figures-must-whole"),
    INVALID_RECORD_EXCEPTION_PROFESSIONAL_CREDITS_BUT("invalid-record-exception.professional-credits-but");

    private static final Bundle BUNDLE = Bundle.of(StageMessages.class, "messages");

    private final String key;

    StageMessages(String key) {
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
