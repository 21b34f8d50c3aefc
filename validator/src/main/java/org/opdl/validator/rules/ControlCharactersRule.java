package org.opdl.validator.rules;

import org.opdl.model.finding.Severity;

/**
 * {@code opdl.text.control-characters}: text holding invisible characters (zero-width spaces, byte
 * order marks, control codes) or bidirectional controls that can make text display differently
 * from what it says.
 */
final class ControlCharactersRule extends BaseRule implements RecordRule {

    ControlCharactersRule() {
        super("opdl.text.control-characters", Severity.WARNING, Layer.SEMANTIC);
    }

    @Override
    public void check(Listing listing, Emitter out) {
        Texts.forEach(listing, (pointer, value) -> {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (suspicious(c)) {
                    report(out, pointer, String.format("U+%04X", (int) c), i + 1);
                    return;
                }
            }
        });
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
