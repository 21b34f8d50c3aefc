package org.opdl.validator.rules;

import java.util.List;
import org.opdl.model.definition.FieldType;
import org.opdl.model.finding.Severity;
import org.opdl.validator.internal.check.Unicode;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.RecordRule;
import org.opdl.validator.rule.Texts;

/**
 * {@code opdl.text.not-nfc}: text or an identifier not in Unicode Normalization Form C, such as
 * {@code é} written as {@code e} and a combining acute accent. The value is kept as given; the
 * finding names the first decomposed sequence by position and code points, and the identity rules
 * compare values in composed form.
 */
final class NotNfcRule extends BaseRule implements RecordRule {

    private static final List<FieldType> IDENTIFIERS = List.of(FieldType.IRI, FieldType.URL, FieldType.EMAIL);

    NotNfcRule() {
        super("opdl.text.not-nfc", Severity.WARNING, Layer.SEMANTIC);
    }

    @Override
    public void check(Listing listing, Emitter out) {
        for (Texts.Piece piece : Texts.pieces(listing)) {
            // Text below U+0300 is composed already (see Unicode.simple); one scan told us so.
            if (piece.max() >= 0x300) {
                check(piece.value(), piece.pointer(), out);
            }
        }
        for (FieldType type : IDENTIFIERS) {
            for (Listing.Value value : listing.stringsOf(type)) {
                check(value.node().stringValue(), value.pointer(), out);
            }
        }
    }

    private void check(String value, String pointer, Emitter out) {
        if (Unicode.isNfc(value)) {
            return;
        }
        // The first place where a character and the ones after it are not composed: a base letter
        // followed by its combining marks, or a character NFC replaces on its own.
        for (int i = 0; i < value.length(); i++) {
            int end = i + 1;
            while (end < value.length() && Character.getType(value.charAt(end)) == Character.NON_SPACING_MARK) {
                end++;
            }
            if (!Unicode.isNfc(value.substring(i, end))) {
                report(out, pointer, i + 1, Unicode.codePoints(value, i, end));
                return;
            }
        }
        report(out, pointer, 1, Unicode.codePoints(value, 0, Math.min(value.length(), 4)));
    }
}
