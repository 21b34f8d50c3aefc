package org.opdl.validator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The mojibake rule's view of Windows-1252")
class MojibakeRuleTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The byte by asking the encoder, as the rule once did for every character. */
    private static int encoded(char c) {
        if (c <= 0xFF) {
            return c;
        }
        byte[] b = String.valueOf(c).getBytes(WINDOWS_1252);
        return b.length == 1 && b[0] != '?' ? b[0] & 0xFF : -1;
    }

    @Test
    @DisplayName("gives every character the byte the Windows-1252 encoder gives it")
    void everyCharacter() {
        for (int c = 0; c <= 0xFFFF; c++) {
            assertThat(MojibakeRule.byteOf((char) c)).as("U+%04X", c).isEqualTo(encoded((char) c));
        }
    }

    @Test
    @DisplayName("finds lead bytes only from U+00C2 to U+00F4, so other characters start no sequence")
    void leadBytes() {
        for (int c = 0; c <= 0xFFFF; c++) {
            if (c < 0xC2 || c > 0xF4) {
                assertThat(MojibakeRule.sequence((char) c + "\u0080\u0080\u0080", 0)).as("U+%04X", c).isZero();
            }
        }
    }

    @Test
    @DisplayName("names the garbled sequence and the text it was")
    void garbled() {
        assertThat(MojibakeRule.sequence("CrÃ©ation", 2)).isEqualTo(2);
        assertThat(MojibakeRule.repair("Ã©")).isEqualTo("é");
        assertThat(MojibakeRule.sequence("lâ€™atelier", 1)).isEqualTo(3);
        assertThat(MojibakeRule.repair("â€™")).isEqualTo("’");
        assertThat(MojibakeRule.sequence("Création", 2)).isZero();
    }
}
