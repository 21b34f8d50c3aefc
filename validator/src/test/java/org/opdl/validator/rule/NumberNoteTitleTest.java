package org.opdl.validator.rule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.text.Text;

/** W71: the note on numbers written the local way covers counts as well as amounts, and its words say so. */
@DisplayName("The note on numbers read from a local form is titled for numbers, as it covers counts of places and credits too")
class NumberNoteTitleTest {

    private static final String RULE = "opdl.csv.number-normalised";

    @Test
    @DisplayName("W71: its title, message and fix speak of numbers, not amounts, in both languages")
    void titledForNumbers() {
        Messages words = Messages.standard();
        Text title = words.title(RULE);
        assertThat(title.en()).isEqualTo("Number read from a local form");
        assertThat(title.fr()).isEqualTo("Nombre lu d'une forme locale");
        assertThat(words.messageTemplate(RULE, "").en()).isEqualTo("The number was read as a plain number.");
        assertThat(words.messageTemplate(RULE, "").fr()).isEqualTo("Le nombre a été lu comme un nombre simple.");
        assertThat(words.fix(RULE).en()).contains("1000 for a count").contains("1500.00 for an amount");
        assertThat(words.meaning(RULE).fr()).contains("des nombres de crédits, de places ou d'années (1 000, 1,000)");
    }
}
