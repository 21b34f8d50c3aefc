package org.opdl.model.stage;

import org.opdl.model.text.Text;

/** The three measured figures of a producer's record on which the career-stage scale is defined. */
public enum Figure {
    /** Screen works finished in a producer role, self-financed included. */
    COMPLETED_WORKS(StageMessages.FIGURE_COMPLETED_WORKS_PRODUCER.text()),
    /** Producer-role credits on works that meet the definition of a professional credit. */
    PROFESSIONAL_CREDITS(StageMessages.FIGURE_PROFESSIONAL_PRODUCING_CREDITS.text()),
    /** Years of professional practice. */
    YEARS_OF_PRACTICE(StageMessages.FIGURE_YEARS_PROFESSIONAL_PRACTICE.text());

    private final Text name;

    Figure(Text name) {
        this.name = name;
    }

    /** The figure's name in English and French. */
    public Text label() {
        return name;
    }
}
