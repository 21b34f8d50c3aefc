package org.opdl.validator.rules;

import java.util.List;
import org.opdl.model.definition.FieldType;
import org.opdl.model.finding.Severity;
import org.opdl.validator.internal.check.Unicode;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.RecordRule;

/**
 * {@code opdl.text.mixed-script}: an identifier, web or email address with a word that mixes
 * letters of two scripts, such as a Cyrillic а (U+0430) among Latin letters. Each word (letters
 * between punctuation, digits or spaces) is judged on its own, so an address in one script with
 * an {@code https} in another is fine; Han, Hiragana, Katakana, Hangul and Bopomofo count as one
 * script, as Japanese and Korean words mix them. Free text is not checked: it may quote any script.
 */
final class MixedScriptRule extends BaseRule implements RecordRule {

    private static final List<FieldType> IDENTIFIERS = List.of(FieldType.IRI, FieldType.URL, FieldType.EMAIL);

    MixedScriptRule() {
        super("opdl.text.mixed-script", Severity.WARNING, Layer.SEMANTIC);
    }

    @Override
    public void check(Listing listing, Emitter out) {
        for (FieldType type : IDENTIFIERS) {
            for (Listing.Value value : listing.stringsOf(type)) {
                check(value.node().stringValue(), value.pointer(), out);
            }
        }
    }

    private void check(String value, String pointer, Emitter out) {
        if (ascii(value)) {
            return;
        }
        Character.UnicodeScript word = null;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            if (!Character.isLetter(cp)) {
                if (Character.getType(cp) != Character.NON_SPACING_MARK) {
                    word = null;
                }
            } else {
                Character.UnicodeScript script = family(Character.UnicodeScript.of(cp));
                if (script != Character.UnicodeScript.COMMON && script != Character.UnicodeScript.INHERITED) {
                    if (word == null) {
                        word = script;
                    } else if (word != script) {
                        report(out, pointer, Unicode.name(word), Unicode.name(script),
                                Unicode.codePoints(value, i, i + Character.charCount(cp)) + " (" + (i + 1) + ")");
                        return;
                    }
                }
            }
            i += Character.charCount(cp);
        }
    }

    /** The scripts that one Japanese or Korean word may mix are one family here, named Han. */
    private static Character.UnicodeScript family(Character.UnicodeScript s) {
        return switch (s) {
            case HIRAGANA, KATAKANA, HANGUL, BOPOMOFO -> Character.UnicodeScript.HAN;
            default -> s;
        };
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
