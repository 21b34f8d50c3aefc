package org.opdl.schema.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.schema.rdf.RdfNothingLostTest.readAs;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Lang;
import org.opdl.schema.format.ReaderRule;

/** U27, U28: an escape in a Turtle or N-Triples literal that names no character, said in opdl's words. */
@DisplayName("Turtle and N-Triples escapes that name no character")
class RiotEscapesTest {

    private static final String SUBJECT = "<https://w3id.org/opdl/listing/spira/mentorat> <https://w3id.org/opdl/ns#title> ";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nt", "ttl"})
    @DisplayName("U27: a lone surrogate escape (\\uD800, or a low half first) is named with its line, the escape and the fix, in both languages")
    void loneSurrogate(String format) {
        for (String escape : new String[] {"\\uD800", "\\uDC00\\uD800"}) {
            RdfNothingLostTest.Read read = readAs(format, SUBJECT + "\"Mentorat " + escape + " Spira\"@fr .\n");
            assertThat(read.error()).as(escape).isNotNull();
            assertThat(read.error().rule()).isEqualTo(ReaderRule.SYNTAX_RDF);
            assertThat(read.error().location()).isInstanceOfSatisfying(Location.Text.class, at -> assertThat(at.line()).isEqualTo(1));
            assertThat(read.error().text().en()).as(escape).contains("the text holds the escape \\u" + escape.substring(2, 6)
                    + ", a lone surrogate, half of a character pair").doesNotContain("Bad surrogate");
            assertThat(read.error().fix().en()).startsWith("write the character itself, or both halves of its \\u escape pair");
            assertThat(read.error().text().in(Lang.FR)).contains("l'échappement \\u" + escape.substring(2, 6), "demi-caractère de substitution isolé")
                    .doesNotContain("Bad surrogate");
            assertThat(read.error().fix().in(Lang.FR)).startsWith("écrivez le caractère lui-même");
        }
    }

    @Test
    @DisplayName("U28: a \\U escape beyond the last character (\\UFFFFFFFF) is named with the largest one, in both languages")
    void beyondTheLastCharacter() {
        RdfNothingLostTest.Read read = readAs("nt", SUBJECT + "\"Mentorat \\UFFFFFFFF Spira\"@fr .\n");
        assertThat(read.error()).isNotNull();
        assertThat(read.error().text().en()).contains("the escape \\UFFFFFFFF names no character: the largest is \\U0010FFFF")
                .doesNotContain("Illegal code point");
        assertThat(read.error().text().in(Lang.FR)).contains("l'échappement \\UFFFFFFFF ne nomme aucun caractère");
        assertThat(read.error().fix().in(Lang.FR)).startsWith("écrivez le caractère lui-même");
    }
}
