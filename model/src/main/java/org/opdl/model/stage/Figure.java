package org.opdl.model.stage;

import org.opdl.model.text.Text;

/** The three measured figures of a producer's record on which the career-stage scale is defined. */
public enum Figure {
    /** Screen works finished in a producer role, self-financed included. */
    COMPLETED_WORKS(new Text("completed works as producer", "œuvres terminées à titre de producteur")),
    /** Producer-role credits on works that meet the definition of a professional credit. */
    PROFESSIONAL_CREDITS(new Text("professional producing credits", "crédits professionnels de production")),
    /** Years of professional practice. */
    YEARS_OF_PRACTICE(new Text("years of professional practice", "années de pratique professionnelle"));

    private final Text name;

    Figure(Text name) {
        this.name = name;
    }

    /** The figure's name in English and French. */
    public Text label() {
        return name;
    }
}
