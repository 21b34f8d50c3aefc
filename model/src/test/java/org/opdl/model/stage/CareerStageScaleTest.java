package org.opdl.model.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("The career-stage scale")
class CareerStageScaleTest {

    static final CareerStageScale SCALE = CareerStageScale.standard();

    @Nested
    @DisplayName("holds the normative thresholds")
    class Normative {

        @Test
        @DisplayName("the stages are entry < emerging < early-career < mid-career < established")
        void order() {
            assertThat(SCALE.codes()).containsExactly("entry", "emerging", "early-career", "mid-career", "established");
            assertThat(SCALE.rank("entry")).isZero();
            assertThat(SCALE.rank("established")).isEqualTo(4);
            assertThat(SCALE.rank("senior")).isEqualTo(-1);
        }

        @Test
        @DisplayName("the minimums are those of the issue's table, and every stage cites a source")
        void table() {
            assertMinimums("entry", 0, 0, 0);
            assertMinimums("emerging", 1, 0, 0);
            assertMinimums("early-career", 0, 1, 0);
            assertMinimums("mid-career", 0, 3, 5);
            assertMinimums("established", 0, 6, 10);
            SCALE.stages().forEach(s -> assertThat(s.source()).isNotBlank());
        }

        private void assertMinimums(String stage, int works, int credits, int years) {
            StageCriteria c = SCALE.criteria(stage).orElseThrow();
            assertThat(c.minimums()).isEqualTo(Map.of(
                    Figure.COMPLETED_WORKS, works, Figure.PROFESSIONAL_CREDITS, credits, Figure.YEARS_OF_PRACTICE, years));
        }
    }

    /** For every stage and every figure it bounds: the record at the minimums, and one below on that figure. */
    static Stream<Arguments> thresholds() {
        List<Arguments> out = new ArrayList<>();
        for (StageCriteria s : SCALE.stages()) {
            for (Figure f : Figure.values()) {
                if (s.minimum(f) > 0) {
                    out.add(Arguments.of(s.stage(), f));
                }
            }
        }
        return out.stream();
    }

    static int[] atMinimums(StageCriteria s) {
        int credits = s.minimum(Figure.PROFESSIONAL_CREDITS);
        return new int[] {Math.max(s.minimum(Figure.COMPLETED_WORKS), credits), credits, s.minimum(Figure.YEARS_OF_PRACTICE)};
    }

    @ParameterizedTest(name = "{0}: {1} at the minimum reaches it, one below does not")
    @MethodSource("thresholds")
    @DisplayName("both sides of every threshold")
    void bothSides(String stage, Figure figure) {
        StageCriteria s = SCALE.criteria(stage).orElseThrow();
        int[] at = atMinimums(s);
        assertThat(SCALE.classify(new ProducerRecord(at[0], at[1], at[2])).stage()).isEqualTo(stage);

        int[] below = at.clone();
        below[figure.ordinal()]--;
        if (figure == Figure.COMPLETED_WORKS) {
            below[1] = Math.min(below[1], below[0]);
        }
        String reached = SCALE.classify(new ProducerRecord(below[0], below[1], below[2])).stage();
        assertThat(SCALE.rank(reached)).isEqualTo(SCALE.rank(stage) - 1);
    }

    @ParameterizedTest(name = "{0} works, {1} credits, {2} years → {3}")
    @MethodSource("examples")
    @DisplayName("classifies real-looking records at the highest stage whose minimums all hold")
    void examples(int works, int credits, int years, String stage) {
        assertThat(SCALE.classify(new ProducerRecord(works, credits, years)).stage()).isEqualTo(stage);
    }

    static Stream<Arguments> examples() {
        return Stream.of(
                Arguments.of(0, 0, 0, "entry"),
                Arguments.of(0, 0, 12, "entry"),
                Arguments.of(1, 0, 0, "emerging"),
                Arguments.of(4, 0, 8, "emerging"),
                Arguments.of(1, 1, 0, "early-career"),
                Arguments.of(5, 5, 4, "early-career"),
                Arguments.of(9, 2, 15, "early-career"),
                Arguments.of(3, 3, 5, "mid-career"),
                Arguments.of(8, 7, 9, "mid-career"),
                Arguments.of(6, 6, 10, "established"),
                Arguments.of(30, 25, 30, "established"));
    }

    @Nested
    @DisplayName("explains a classification")
    class Explains {

        @Test
        @DisplayName("gives one reason per minimum of the stage, in English and French")
        void reasons() {
            Classification c = SCALE.classify(new ProducerRecord(4, 3, 6));
            assertThat(c.stage()).isEqualTo("mid-career");
            assertThat(c.reasons()).hasSize(2);
            assertThat(c.reasons().get(0).en()).contains("professional producing credits").contains("3");
            assertThat(c.reasons().get(1).fr()).contains("années de pratique professionnelle").contains("5");
            assertThat(SCALE.classify(new ProducerRecord(0, 0, 0)).reasons()).singleElement()
                    .satisfies(t -> assertThat(t.hasBlank()).isFalse());
        }

        @Test
        @DisplayName("says what an entry-level producer needs: one completed work")
        void entryGap() {
            Classification.NextStage next = SCALE.classify(new ProducerRecord(0, 0, 3)).next().orElseThrow();
            assertThat(next.stage()).isEqualTo("emerging");
            assertThat(next.gaps()).containsExactly(new Classification.Gap(Figure.COMPLETED_WORKS, 0, 1));
        }

        @Test
        @DisplayName("says what an early-career producer needs for mid-career: credits and years")
        void earlyGap() {
            Classification.NextStage next = SCALE.classify(new ProducerRecord(2, 2, 1)).next().orElseThrow();
            assertThat(next.stage()).isEqualTo("mid-career");
            assertThat(next.gaps()).containsExactly(
                    new Classification.Gap(Figure.PROFESSIONAL_CREDITS, 2, 3),
                    new Classification.Gap(Figure.YEARS_OF_PRACTICE, 1, 5));
            assertThat(next.gaps().get(1).missing()).isEqualTo(4);
        }

        @Test
        @DisplayName("lists only the figures still short: years alone when the credits are there")
        void onlyShortFigures() {
            Classification.NextStage next = SCALE.classify(new ProducerRecord(7, 7, 3)).next().orElseThrow();
            assertThat(next.stage()).isEqualTo("mid-career");
            assertThat(next.gaps()).containsExactly(new Classification.Gap(Figure.YEARS_OF_PRACTICE, 3, 5));
        }

        @Test
        @DisplayName("has no next stage at the top of the scale")
        void top() {
            assertThat(SCALE.classify(new ProducerRecord(12, 10, 22)).next()).isEmpty();
        }
    }

    @Nested
    @DisplayName("rejects figures no real record can have")
    class Rejects {

        @Test
        @DisplayName("more professional credits than completed works, with a reason in both languages")
        void creditsExceedWorks() {
            assertThatThrownBy(() -> new ProducerRecord(2, 3, 6))
                    .isInstanceOfSatisfying(InvalidRecordException.class, e -> {
                        assertThat(e.reason()).isEqualTo(InvalidRecordException.Reason.CREDITS_EXCEED_WORKS);
                        assertThat(e.text().en()).contains("3 professional credits").contains("2 completed works");
                        assertThat(e.text().fr()).contains("3 crédits professionnels").contains("2 œuvres terminées");
                    });
        }

        @ParameterizedTest(name = "{0} works, {1} credits, {2} years")
        @MethodSource("org.opdl.model.stage.CareerStageScaleTest#negatives")
        @DisplayName("a negative figure")
        void negative(int works, int credits, int years) {
            assertThatThrownBy(() -> new ProducerRecord(works, credits, years))
                    .isInstanceOfSatisfying(InvalidRecordException.class, e -> {
                        assertThat(e.reason()).isEqualTo(InvalidRecordException.Reason.NEGATIVE);
                        assertThat(e.text().hasBlank()).isFalse();
                    });
        }
    }

    static Stream<Arguments> negatives() {
        return Stream.of(Arguments.of(-1, 0, 0), Arguments.of(3, -1, 2), Arguments.of(3, 1, -4));
    }
}
