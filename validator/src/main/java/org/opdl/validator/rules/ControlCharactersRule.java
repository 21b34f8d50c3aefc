package org.opdl.validator.rules;

import org.opdl.model.finding.Severity;

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
                if (suspicious(c)) {
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

    static boolean suspicious(char c) {
        return c < 0x20 && c != '\n' && c != '\r' && c != '\t'
                || c >= 0x7F && c <= 0x9F
                || c >= 0x200B && c <= 0x200F
                || c >= 0x202A && c <= 0x202E
                || c >= 0x2060 && c <= 0x2064
                || c >= 0x2066 && c <= 0x2069
                || c == 0x061C || c == 0xFEFF || c == 0x00AD;
    }
}
