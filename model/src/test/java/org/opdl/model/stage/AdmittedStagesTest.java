package org.opdl.model.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Eligibility bounds admit the stages of the producers who meet them")
class AdmittedStagesTest {

    static final CareerStageScale SCALE = CareerStageScale.standard();
    static final Figure WORKS = Figure.COMPLETED_WORKS;
    static final Figure CREDITS = Figure.PROFESSIONAL_CREDITS;
    static final Figure YEARS = Figure.YEARS_OF_PRACTICE;
    static final EligibilityBounds NONE = EligibilityBounds.NONE;

    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of("no bounds", NONE, List.of("entry", "emerging", "early-career", "mid-career", "established")),
                Arguments.of("no completed work", NONE.withMax(WORKS, 0), List.of("entry")),
                Arguments.of("no professional credit", NONE.withMax(CREDITS, 0), List.of("entry", "emerging")),
                Arguments.of("a completed work but no credit", NONE.withMin(WORKS, 1).withMax(CREDITS, 0),
                        List.of("emerging")),
                Arguments.of("at most one credit (Creative BC emerging)", NONE.withMax(CREDITS, 1),
                        List.of("entry", "emerging", "early-career")),
                Arguments.of("1 to 5 credits (Banff ISS 2024 mid-career)", NONE.withMin(CREDITS, 1).withMax(CREDITS, 5),
                        List.of("early-career", "mid-career")),
                Arguments.of("2 or more credits (Banff DOV 2025 mid-career)", NONE.withMin(CREDITS, 2),
                        List.of("early-career", "mid-career", "established")),
                Arguments.of("1 to 3 works (Hot Docs Incubator)", NONE.withMin(WORKS, 1).withMax(WORKS, 3),
                        List.of("emerging", "early-career", "mid-career")),
                // Years alone say nothing of works: a producer with 5 years may have finished nothing yet.
                Arguments.of("5 or more years (artsnb mid-career)", NONE.withMin(YEARS, 5),
                        List.of("entry", "emerging", "early-career", "mid-career", "established")),
                Arguments.of("2 works and 5 years (OAC mid-career)", NONE.withMin(WORKS, 2).withMin(YEARS, 5),
                        List.of("emerging", "early-career", "mid-career", "established")),
                Arguments.of("at most 4 years", NONE.withMax(YEARS, 4), List.of("entry", "emerging", "early-career")),
                // Three credits in under five years is still early-career, so the bounds admit it too.
                Arguments.of("3 or more credits, at most 9 years", NONE.withMin(CREDITS, 3).withMax(YEARS, 9),
                        List.of("early-career", "mid-career")),
                Arguments.of("6 or more credits", NONE.withMin(CREDITS, 6),
                        List.of("early-career", "mid-career", "established")),
                Arguments.of("6 credits and 10 years", NONE.withMin(CREDITS, 6).withMin(YEARS, 10), List.of("established")),
                Arguments.of("minimum above maximum", NONE.withMin(CREDITS, 2).withMax(CREDITS, 1), List.of()),
                Arguments.of("more credits required than works allowed", NONE.withMax(WORKS, 2).withMin(CREDITS, 3),
                        List.of()));
    }

    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource("table")
    @DisplayName("a table of bound sets")
    void table(String name, EligibilityBounds bounds, List<String> stages) {
        assertThat(SCALE.admittedStages(bounds)).containsExactlyElementsOf(stages);
    }

    @Test
    @DisplayName("agrees with classifying every record within a wide search, for 500 random bound sets")
    void bruteForce() {
        Random random = new Random(20261128L);
        for (int i = 0; i < 500; i++) {
            EligibilityBounds bounds = NONE;
            for (Figure f : Figure.values()) {
                if (random.nextInt(3) == 0) {
                    bounds = bounds.withMin(f, random.nextInt(14));
                }
                if (random.nextInt(3) == 0) {
                    bounds = bounds.withMax(f, random.nextInt(14));
                }
            }
            assertThat(SCALE.admittedStages(bounds)).as("%s", bounds).containsExactlyElementsOf(classified(bounds, 20));
        }
    }

    @Test
    @DisplayName("finds stages far beyond the thresholds when the bounds ask for it")
    void largeBounds() {
        assertThat(SCALE.admittedStages(NONE.withMin(CREDITS, 40).withMax(YEARS, 8)))
                .containsExactly("early-career", "mid-career");
        assertThat(SCALE.admittedStages(NONE.withMin(YEARS, 60).withMax(WORKS, 0))).containsExactly("entry");
    }

    /** The stages of every valid record with figures up to {@code limit} that the bounds admit, in scale order. */
    static List<String> classified(EligibilityBounds bounds, int limit) {
        Set<String> found = new LinkedHashSet<>();
        for (int works = 0; works <= limit; works++) {
            for (int credits = 0; credits <= works; credits++) {
                for (int years = 0; years <= limit; years++) {
                    ProducerRecord r = new ProducerRecord(works, credits, years);
                    if (bounds.admits(r)) {
                        found.add(SCALE.classify(r).stage());
                    }
                }
            }
        }
        return SCALE.codes().stream().filter(found::contains).toList();
    }
}
