package org.opdl.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Folding text to a matching key")
class FoldingTest {

    @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "Mi-carrière|mi carriere",
        "MI  CARRIÈRE|mi carriere",
        "  mi carriere  |mi carriere",
        "Émergent|emergent",
        "up-and-coming|up and coming",
        "2SLGBTQI+|2slgbtqi+",
        "Île-du-Prince-Édouard|ile du prince edouard",
        "ﬁlm|film",
        "Straße|strase"
    })
    @DisplayName("ignores case, accents, punctuation and spacing")
    void folds(String text, String key) {
        assertThat(Folding.fold(text)).isEqualTo(key);
    }

    @Test
    @DisplayName("folds null and blank text to an empty key")
    void empty() {
        assertThat(Folding.fold(null)).isEmpty();
        assertThat(Folding.fold(" \t-- ")).isEmpty();
    }
}
