package org.opdl.model.stage;

import org.opdl.model.text.Message;

/**
 * The messages of the career-stage scale in English and French, whose words are in {@code messages_en.properties}
 * and {@code messages_fr.properties} beside this class. Keys are the
 * constants' names in lower case with hyphens.
 */
enum StageMessages implements Message {
    CAREER_STAGE_SCALE_FIRST_STAGE_SCALE,
    CAREER_STAGE_SCALE_MINIMUM_MET,
    FIGURE_COMPLETED_WORKS_PRODUCER,
    FIGURE_PROFESSIONAL_PRODUCING_CREDITS,
    FIGURE_YEARS_PROFESSIONAL_PRACTICE,
    INVALID_RECORD_EXCEPTION_FIGURES_MUST_WHOLE,
    INVALID_RECORD_EXCEPTION_PROFESSIONAL_CREDITS_BUT;
}
