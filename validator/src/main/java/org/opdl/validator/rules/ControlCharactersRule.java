package org.opdl.validator.rules;

import org.opdl.model.finding.Severity;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.RecordRule;
import org.opdl.validator.rule.Texts;

/**
 * {@code opdl.text.control-characters}: text holding invisible characters (zero-width spaces, byte
 * order marks, control codes) or bidirectional controls that can make text display differently
 * from what it says. The finding lists each such character by code point and position (the first
 * {@value #SHOWN}), so that nothing hidden has to be shown as itself; the value is left as it is.
 */
final class ControlCharactersRule extends BaseRule implements RecordRule {

    ControlCharactersRule() {
        super("opdl.text.control-characters", Severity.WARNING, Layer.SEMANTIC);
    }

    /** How many characters a finding names; the rest are counted. */
    static final int SHOWN = 10;

    @Override
    public void check(Listing listing, Emitter out) {
        for (Texts.Piece piece : Texts.pieces(listing)) {
            if (!piece.hidden()) {
                continue;
            }
            String pointer = piece.pointer();
            String value = piece.value();
            StringBuilder found = null;
            int count = 0;
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (Texts.suspicious(c)) {
                    if (found == null) {
                        found = new StringBuilder();
                    }
                    if (++count <= SHOWN) {
                        found.append(count > 1 ? ", " : "").append(String.format("U+%04X (%d)", (int) c, i + 1));
                    }
                }
            }
            if (found != null) {
                if (count > SHOWN) {
                    found.append(", … (+").append(count - SHOWN).append(')');
                }
                report(out, pointer, found.toString(), count);
            }
        }
    }
}
