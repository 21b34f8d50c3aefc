package org.opdl.validator.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("One scan of a piece of free text")
class TextPieceTest {

    private static boolean lorem(String value) {
        return Texts.Piece.of("/description", "en", value).lorem();
    }

    @Test
    @DisplayName("finds \"lorem\" in any case, wherever it starts, exactly as a case-blind search does")
    void findsLoremAsACaseBlindSearchDoes() {
        List<String> samples = List.of("Lorem ipsum dolor sit amet", "A pitch lab. LOREM IPSUM.", "llorem", "lloRem",
                "lorlorem", "lore m", "lorme", "Le laboratoire de scénarisation", "", "l", "lorem", "xLoReMx",
                "ĺorem", "Ｌorem", "Lorém");
        for (String s : samples) {
            boolean expected = false;
            for (int i = 0; i + 5 <= s.length(); i++) {
                expected |= s.regionMatches(true, i, "lorem", 0, 5);
            }
            assertThat(lorem(s)).as(s).isEqualTo(expected);
        }
    }

    @Test
    @DisplayName("tells the highest character and whether a hidden one is there")
    void tellsHighestAndHidden() {
        Texts.Piece plain = Texts.Piece.of("/title", "fr", "Atelier d'écriture");
        assertThat(plain.max()).isEqualTo('é');
        assertThat(plain.hidden()).isFalse();
        assertThat(Texts.Piece.of("/title", "en", "Pitch\u200Blab").hidden()).isTrue();
        assertThat(Texts.Piece.of("/title", "en", "Pitch\tlab").hidden()).isFalse();
        assertThat(Texts.Piece.of("/title", "en", "Pitch\u0007lab").hidden()).isTrue();
    }
}
