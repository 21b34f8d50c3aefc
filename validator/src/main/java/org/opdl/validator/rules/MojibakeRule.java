package org.opdl.validator.rules;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.opdl.model.finding.Severity;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.RecordRule;
import org.opdl.validator.rule.Texts;

/**
 * {@code opdl.text.mojibake-suspect}: text that looks decoded with the wrong encoding somewhere on
 * its way, such as "Ã©" for "é" or "â€™" for "’" (UTF-8 read as Windows-1252), or that holds the
 * replacement character U+FFFD. A heuristic: it warns and names the repair it guesses, never
 * changes the text.
 */
final class MojibakeRule extends BaseRule implements RecordRule {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * The characters beyond Latin-1 that Windows-1252 writes as one byte (€, ’, œ and the like),
     * with that byte: encoding a character each time it is met dominated the rule's cost.
     */
    private static final Map<Character, Integer> HIGH_BYTES = highBytes();

    MojibakeRule() {
        super("opdl.text.mojibake-suspect", Severity.WARNING, Layer.SEMANTIC);
    }

    @Override
    public void check(Listing listing, Emitter out) {
        for (Texts.Piece piece : Texts.pieces(listing)) {
            // Both signs of damage need a character from the first lead byte up: skip text below it.
            if (piece.max() < LEAD_FIRST) {
                continue;
            }
            String pointer = piece.pointer();
            String value = piece.value();
            int replacement = value.indexOf('\uFFFD');
            if (replacement >= 0) {
                reportAs(out, "replacement", pointer, replacement + 1);
                continue;
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                // Only U+00C2 to U+00F4 are lead bytes in Windows-1252: skip the rest without a call.
                if (c < LEAD_FIRST || c > LEAD_LAST) {
                    continue;
                }
                int length = sequence(value, i);
                if (length > 0) {
                    String garbled = value.substring(i, i + length);
                    reportAs(out, "", pointer, garbled, repair(garbled));
                    break;
                }
            }
        }
    }

    /**
     * The length of the garbled sequence starting at {@code i}: a character that is a UTF-8 lead
     * byte when written in Windows-1252, followed by as many characters as that byte announces,
     * each a UTF-8 continuation byte in Windows-1252; else 0.
     */
    static int sequence(String s, int i) {
        int lead = byteOf(s.charAt(i));
        int continuations;
        if (lead >= 0xC2 && lead <= 0xDF) {
            continuations = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            continuations = 2;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            continuations = 3;
        } else {
            return 0;
        }
        if (i + continuations >= s.length()) {
            return 0;
        }
        for (int k = 1; k <= continuations; k++) {
            int b = byteOf(s.charAt(i + k));
            if (b < 0x80 || b > 0xBF) {
                return 0;
            }
        }
        return repair(s.substring(i, i + continuations + 1)) == null ? 0 : continuations + 1;
    }

    private static final char LEAD_FIRST = '\u00C2';
    private static final char LEAD_LAST = '\u00F4';

    /** The byte a character has in Windows-1252 (C1 controls stand for themselves), or -1. */
    static int byteOf(char c) {
        if (c <= 0xFF) {
            return c;
        }
        Integer b = HIGH_BYTES.get(c);
        return b == null ? -1 : b;
    }

    private static Map<Character, Integer> highBytes() {
        Map<Character, Integer> out = new HashMap<>();
        for (int b = 0x80; b <= 0x9F; b++) {
            String decoded = new String(new byte[] {(byte) b}, WINDOWS_1252);
            char c = decoded.charAt(0);
            if (decoded.length() == 1 && c > 0xFF && c != '\uFFFD') {
                out.put(c, b);
            }
        }
        return Map.copyOf(out);
    }

    /** The text the garbled sequence was, read back as UTF-8, or null when it is not valid UTF-8. */
    static String repair(String garbled) {
        byte[] bytes = new byte[garbled.length()];
        for (int i = 0; i < garbled.length(); i++) {
            bytes[i] = (byte) byteOf(garbled.charAt(i));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
