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

    @Test
    @DisplayName("the bounded distance agrees with the full one up to its limit, and stops above it")
    void boundedDistance() {
        java.util.Random random = new java.util.Random(7);
        String letters = "abcde";
        for (int k = 0; k < 20_000; k++) {
            String a = word(random, letters);
            String b = word(random, letters);
            int limit = random.nextInt(6);
            int full = Nearest.distance(a, b);
            int bounded = Nearest.distanceAtMost(a, b, limit);
            if (full <= limit) {
                assertThat(bounded).as(a + " / " + b).isEqualTo(full);
            } else {
                assertThat(bounded).as(a + " / " + b).isGreaterThan(limit);
            }
        }
    }

    private static String word(java.util.Random random, String letters) {
        StringBuilder sb = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            sb.append(letters.charAt(random.nextInt(letters.length())));
        }
        return sb.toString();
    }
}
