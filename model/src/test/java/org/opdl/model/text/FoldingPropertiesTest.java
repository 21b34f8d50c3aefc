package org.opdl.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The table folding agrees with the folding's definition ({@link Folding#reference}) on any text:
 * text of characters the table covers, text beyond it (which must take the slow way), and mixtures.
 */
@Label("Folding by table and by definition")
class FoldingPropertiesTest {

    /** Characters near the edges: accents, ligatures, fractions, spacing marks, combining marks. */
    private static final String TRICKY = "ÀÉÈÊËÎÏÔÖÙÛÜÇàéèêëîïôöùûüçÿŸßẞæÆœŒĲĳǄǅǆǇǈǉŉſªº¹²³¼½¾µ¨´¸¯˘˙˚˛˜˝"
            + "\u0300\u0301\u0308\u0327\u0345\u00AD\u00A0\u2044\u2019\u2013\uFB01\u0130\u0131\u03A3\u03C2"
            + "+-_/.,;:'\"()[]{}!?@#$%&* \t\r\n0123456789aAzZ";

    @Property(tries = 2000)
    @Label("agrees on any text")
    void anyText(@ForAll("anyChars") String text) {
        assertThat(Folding.fold(text)).isEqualTo(Folding.reference(text));
    }

    @Property(tries = 2000)
    @Label("agrees on text the table covers, below U+0300")
    void tableText(@ForAll("tableChars") String text) {
        assertThat(Folding.fold(text)).isEqualTo(Folding.reference(text));
    }

    @Property(tries = 2000)
    @Label("agrees on accented, ligature and combining characters mixed with plain ones")
    void trickyText(@ForAll("trickyChars") String text) {
        assertThat(Folding.fold(text)).isEqualTo(Folding.reference(text));
    }

    @Example
    @Label("agrees on every character and every pair of characters below U+0300")
    void everyPair() {
        for (char a = 0; a < '\u0300'; a++) {
            assertThat(Folding.fold(String.valueOf(a))).isEqualTo(Folding.reference(String.valueOf(a)));
            for (char b = 0; b < '\u0300'; b++) {
                String pair = new String(new char[] {a, b});
                String fast = Folding.fold(pair);
                if (!fast.equals(Folding.reference(pair))) {
                    assertThat(fast).as("U+%04X U+%04X", (int) a, (int) b).isEqualTo(Folding.reference(pair));
                }
            }
        }
    }

    @Provide
    Arbitrary<String> anyChars() {
        return Arbitraries.strings().all().ofMaxLength(40);
    }

    @Provide
    Arbitrary<String> tableChars() {
        return Arbitraries.strings().withCharRange('\u0000', '\u02FF').ofMaxLength(40);
    }

    @Provide
    Arbitrary<String> trickyChars() {
        return Arbitraries.strings().withChars(TRICKY).ofMaxLength(30);
    }
}
