package org.opdl.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Finding the nearest labels for a typo")
class NearestTest {

    static final List<String> STAGES = List.of("Entry", "Emerging", "Early career", "Mid-career", "Established",
            "Émergent", "Mi-carrière");

    @Test
    @DisplayName("suggests the label one letter away")
    void oneLetter() {
        assertThat(Nearest.among("emrging", STAGES, 3)).first().isEqualTo("Emerging");
    }

    @Test
    @DisplayName("ignores accents and case, and ranks the closest first")
    void accents() {
        assertThat(Nearest.among("MI CARIERE", STAGES, 5)).first().isEqualTo("Mi-carrière");
        assertThat(Nearest.among("emergnt", STAGES, 5)).startsWith("Émergent");
    }

    @Test
    @DisplayName("suggests nothing for a word that is close to no label")
    void nothingClose() {
        assertThat(Nearest.among("documentary", STAGES, 5)).isEmpty();
    }

    @Test
    @DisplayName("respects the limit and lists each candidate once")
    void limit() {
        assertThat(Nearest.among("e", List.of("ea", "eb", "ec", "ea"), 2)).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("counts an adjacent transposition as one edit")
    void distance() {
        assertThat(Nearest.distance("mentorhsip", "mentorship")).isEqualTo(1);
        assertThat(Nearest.distance("", "abc")).isEqualTo(3);
        assertThat(Nearest.distance("kitten", "sitting")).isEqualTo(3);
    }

    @Test
    @DisplayName("suggests a label that the input starts")
    void prefix() {
        assertThat(Nearest.among("establ", STAGES, 5)).contains("Established");
    }
}
