package org.opdl.model.stage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opdl.model.vocab.MatchKind;

@DisplayName("The stage-wording reader")
class WordingReaderTest {

    static Crosswalk.Result read(String wording) {
        return Crosswalk.standard().map(wording);
    }

    @Nested
    @DisplayName("reports parts as written")
    class Parts {

        @Test
        @DisplayName("a range is one part, and its inner stages are as close as its weaker end")
        void range() {
            Crosswalk.Result r = read("de la relève à mi-carrière");
            assertThat(r.matches()).extracting(Crosswalk.StageMatch::part).containsOnly("de la relève à mi-carrière");
            assertThat(r.matches()).extracting(Crosswalk.StageMatch::stage, Crosswalk.StageMatch::match)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("entry", MatchKind.CLOSE),
                            org.assertj.core.groups.Tuple.tuple("emerging", MatchKind.CLOSE),
                            org.assertj.core.groups.Tuple.tuple("early-career", MatchKind.CLOSE),
                            org.assertj.core.groups.Tuple.tuple("mid-career", MatchKind.EXACT));
        }

        @Test
        @DisplayName("a parenthesis is read apart: the stage before it, the criterion inside it")
        void parenthesis() {
            Crosswalk.Result r = read("emerging (under 3 credits)");
            assertThat(r.matches()).containsExactly(new Crosswalk.StageMatch("emerging", "emerging", MatchKind.EXACT));
            assertThat(r.criteria()).containsExactly("under 3 credits");
            assertThat(r.unmapped()).isEmpty();
        }

        @Test
        @DisplayName("the unknown words of a stretch are reported together, without the stage word beside them")
        void unknown() {
            Crosswalk.Result r = read("emerging rockstar producers, or transitioning from another field");
            assertThat(r.stages()).containsExactly("emerging");
            assertThat(r.unmapped()).extracting(Crosswalk.Unmapped::part)
                    .containsExactly("rockstar", "transitioning from another field");
        }

        @Test
        @DisplayName("inclusive French endings stay in the part as written")
        void inclusive() {
            Crosswalk.Result r = read("producteur·rice·s émergent·e·s");
            assertThat(r.matches()).containsExactly(new Crosswalk.StageMatch("émergent·e·s", "emerging", MatchKind.EXACT));
            assertThat(r.unmapped()).isEmpty();
        }
    }

    @Nested
    @DisplayName("keeps apart words that look alike")
    class LookAlikes {

        @Test
        @DisplayName("English \"a\" is an article, French \"à\" makes a range")
        void articleAndRange() {
            assertThat(read("a mid-career producer").stages()).containsExactly("mid-career");
            assertThat(read("émergent à établi").stages())
                    .containsExactly("emerging", "early-career", "mid-career", "established");
        }

        @Test
        @DisplayName("\"et plus\" ends an open range, but joins a list before another stage word")
        void etPlus() {
            assertThat(read("mi-carrière et plus").stages()).containsExactly("mid-career", "established");
            assertThat(read("émergents et plus expérimentés").stages())
                    .containsExactly("emerging", "mid-career", "established");
        }

        @Test
        @DisplayName("a stage word beside a mentor or a company is not the participants' stage")
        void otherPeople() {
            assertThat(read("emerging producers paired with an experienced mentor").stages()).containsExactly("emerging");
            assertThat(read("sociétés de production établies").stages()).isEmpty();
        }

        @Test
        @DisplayName("student wording means the entry stage, and target groups only qualify the people")
        void students() {
            assertThat(read("students and recent graduates").stages()).containsExactly("entry");
            assertThat(read("nouveaux arrivants").stages()).isEmpty();
            assertThat(read("emerging Indigenous producers").unmapped()).isEmpty();
        }
    }

    @Test
    @DisplayName("a long hostile wording is read in linear time")
    void longWording() {
        for (String unit : new String[] {"all ", "all 1 ", "emerging to ", "the ", "emerging the mentor "}) {
            String wording = unit.repeat(50_000 / unit.length());
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                    () -> read(wording), unit);
        }
    }

    @Test
    @DisplayName("a negated stage word names no stage and is left to the eligibility bounds")
    void negation() {
        Crosswalk.Result r = read("emerging, not yet established");
        assertThat(r.stages()).containsExactly("emerging");
        assertThat(r.criteria()).containsExactly("not yet established");
    }
}
