package org.opdl.validator.rules;

import java.util.Set;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Folding;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.RecordRule;
import org.opdl.validator.rule.Texts;

/** {@code opdl.text.placeholder}: a value that is a placeholder ("TBD", "N/A", "à venir", lorem ipsum). */
final class PlaceholderRule extends BaseRule implements RecordRule {

    /** Folded forms: case, accents and punctuation do not matter. */
    private static final Set<String> PLACEHOLDERS = Set.of(
            "tbd", "tba", "tbc", "n a", "na", "todo", "xxx", "xx", "x", "placeholder", "",
            "to be determined", "to be announced", "to be confirmed", "coming soon",
            "a venir", "a determiner", "a confirmer", "a preciser", "sans objet", "s o", "n d");

    private static final int MAX_PLACEHOLDER = 24;

    PlaceholderRule() {
        super("opdl.text.placeholder", Severity.WARNING, Layer.SEMANTIC);
    }

    @Override
    public void check(Listing listing, Emitter out) {
        for (Texts.Piece piece : Texts.pieces(listing)) {
            // Placeholders are short; only long text can hide lorem ipsum, so fold only what can
            // match. Whether a piece holds "lorem" was found in the scan every piece has.
            String value = piece.value();
            if (value.length() > MAX_PLACEHOLDER && !piece.lorem()) {
                continue;
            }
            String folded = Folding.fold(value);
            if (folded.contains("lorem ipsum") || PLACEHOLDERS.contains(folded) && !value.isEmpty()) {
                report(out, piece.pointer(), value.strip());
            }
        }
    }
}
