package org.opdl.model.stage;

import org.opdl.model.text.Text;

/** A producer's figures that no real record can have: a negative number, or more credits than works. */
public final class InvalidRecordException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Why the figures were rejected. */
    public enum Reason {
        /** A figure is below zero. */
        NEGATIVE,
        /** There are more professional credits than completed works. */
        CREDITS_EXCEED_WORKS
    }

    private final Reason reason;
    private final transient Text text;

    InvalidRecordException(Reason reason, int works, int credits, int years) {
        this(reason, describe(reason, works, credits));
    }

    private InvalidRecordException(Reason reason, Text text) {
        super(text.en());
        this.reason = reason;
        this.text = text;
    }

    /** Why the figures were rejected. */
    public Reason reason() {
        return reason;
    }

    /** The explanation in English and French. */
    public Text text() {
        return text;
    }

    private static Text describe(Reason reason, int works, int credits) {
        if (reason == Reason.NEGATIVE) {
            return new Text("figures must be whole numbers of zero or more",
                    "les chiffres doivent être des nombres entiers positifs ou nuls");
        }
        return new Text(
                credits + " professional credits but only " + works
                        + " completed works: every professional credit is on a completed work, so credits cannot exceed works",
                credits + " crédits professionnels mais seulement " + works
                        + " œuvres terminées : chaque crédit professionnel porte sur une œuvre terminée, les crédits ne peuvent donc pas dépasser les œuvres");
    }
}
