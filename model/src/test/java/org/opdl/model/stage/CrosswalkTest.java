package org.opdl.model.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opdl.model.vocab.MatchKind;

@DisplayName("The crosswalk of provider wording to stages")
class CrosswalkTest {

    static final Crosswalk CROSSWALK = Crosswalk.standard();

    static Crosswalk.StageMatch only(Crosswalk.Result r) {
        assertThat(r.matches()).hasSize(1);
        return r.matches().get(0);
    }

    @Nested
    @DisplayName("maps wording that names several stages")
    class Several {

        @Test
        @DisplayName("\"emerging and mid-level\" (CMPA) names emerging exactly and mid-career closely")
        void cmpa() {
            Crosswalk.Result r = CROSSWALK.map("emerging and mid-level");
            assertThat(r.matches()).containsExactly(
                    new Crosswalk.StageMatch("emerging", "emerging", MatchKind.EXACT),
                    new Crosswalk.StageMatch("mid-level", "mid-career", MatchKind.CLOSE));
            assertThat(r.unmapped()).isEmpty();
        }

        @Test
        @DisplayName("\"all levels\" and \"tous niveaux\" name every stage, closely")
        void allLevels() {
            for (String wording : List.of("all levels", "TOUS NIVEAUX", "Tous  niveaux")) {
                Crosswalk.Result r = CROSSWALK.map(wording);
                assertThat(r.stages()).as(wording).containsExactlyElementsOf(CareerStageScale.standard().codes());
                assertThat(r.matches()).allSatisfy(m -> assertThat(m.match()).isEqualTo(MatchKind.CLOSE));
            }
        }

        @Test
        @DisplayName("French wording joined by \"et\" and a slash")
        void french() {
            assertThat(CROSSWALK.map("émergents et mi-carrière").stages()).containsExactly("emerging", "mid-career");
            assertThat(CROSSWALK.map("relève / chevronné").stages()).containsExactly("entry", "emerging", "established");
        }
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"Émergent", "émergent", "EMERGENT", "  emergent ", "Emerging"})
    @DisplayName("matches regardless of case, accents and spacing")
    void folding(String wording) {
        assertThat(only(CROSSWALK.map(wording))).extracting(Crosswalk.StageMatch::stage, Crosswalk.StageMatch::match)
                .containsExactly("emerging", MatchKind.EXACT);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"mi carrière", "Mi-Carriere", "MI  CARRIÈRE", "mi-carrière"})
    @DisplayName("matches mi-carrière however it is written")
    void midCareer(String wording) {
        assertThat(only(CROSSWALK.map(wording)).stage()).isEqualTo("mid-career");
    }

    @Test
    @DisplayName("maps the issue's examples to the expected stages")
    void examples() {
        assertThat(CROSSWALK.map("aspiring").stages()).containsExactly("entry");
        assertThat(CROSSWALK.map("next generation").stages()).containsExactly("entry", "emerging");
        assertThat(CROSSWALK.map("up-and-coming").stages()).containsExactly("emerging");
        assertThat(CROSSWALK.map("senior").stages()).containsExactly("established");
        assertThat(CROSSWALK.map("seasoned").stages()).containsExactly("established");
        assertThat(CROSSWALK.map("relève").stages()).containsExactly("entry", "emerging");
        assertThat(CROSSWALK.map("chevronné").stages()).containsExactly("established");
        assertThat(CROSSWALK.map("emerging producers").stages()).containsExactly("emerging");
    }

    @Test
    @DisplayName("reports a typo as unmapped and suggests the nearest label")
    void typo() {
        Crosswalk.Result r = CROSSWALK.map("emrging");
        assertThat(r.matches()).isEmpty();
        assertThat(r.unmapped()).singleElement().satisfies(u -> {
            assertThat(u.part()).isEqualTo("emrging");
            assertThat(u.suggestions()).anyMatch(s -> s.equalsIgnoreCase("emerging"));
        });
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"qualified", "rockstar producers", "junior producers"})
    @DisplayName("reports words it does not know as unmapped, never guessed")
    void unmappable(String wording) {
        Crosswalk.Result r = CROSSWALK.map(wording);
        assertThat(r.matches()).isEmpty();
        assertThat(r.unmapped()).isNotEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"producers with a feature", "under 30", "no experience needed", "1–5 credits"})
    @DisplayName("leaves numbers and negations to the eligibility bounds: no stage, nothing unmapped")
    void criteria(String wording) {
        Crosswalk.Result r = CROSSWALK.map(wording);
        assertThat(r.matches()).isEmpty();
        assertThat(r.unmapped()).isEmpty();
        assertThat(r.criteria()).isNotEmpty();
    }

    @Test
    @DisplayName("maps the part it knows and reports the part it does not")
    void partial() {
        Crosswalk.Result r = CROSSWALK.map("emerging and qualified");
        assertThat(r.stages()).containsExactly("emerging");
        assertThat(r.unmapped()).extracting(Crosswalk.Unmapped::part).containsExactly("qualified");
    }

    static Stream<Crosswalk.Entry> entries() {
        return CROSSWALK.entries().values().stream().flatMap(List::stream);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    @DisplayName("maps every wording of the crosswalk to its stage with its marking")
    void everyEntry(Crosswalk.Entry e) {
        assertThat(CROSSWALK.map(e.wording()).matches()).contains(
                new Crosswalk.StageMatch(e.wording(), e.stage(), e.match()));
        assertThat(e.note()).as("every mapping says why it holds").isNotBlank();
    }

    @Nested
    @DisplayName("reads a stage wording that spells out each stage's figures (tenth round, P5)")
    class FiguresSpelledOut {

        @Test
        @DisplayName("Banff Diversity of Voices 2019: emerging and established, with no word left unmapped")
        void diversityOfVoices() {
            for (String wording : List.of("Emerging: at least one finished project of 30 minutes or less as producer, director or writer, "
                    + "but no professional screen credit. Established: may have professional credits.",
                    "Established: professional credits allowed",
                    "Émergent : au moins un projet terminé de 30 minutes ou moins comme producteur. Établi : peut avoir des crédits professionnels.")) {
                Crosswalk.Result r = CROSSWALK.map(wording);
                assertThat(r.unmapped()).as(wording).isEmpty();
                assertThat(r.stages()).as(wording).contains("established");
            }
        }
    }

    @Nested
    @DisplayName("a stage worded as a number of produced hours (eighteenth round of real programs)")
    class HoursOfProducedWork {

        @Test
        @DisplayName("the hours are a criterion left to the notes, in English and French, and the stage is read")
        void hoursAreACriterion() {
            assertRead("emerging producers with fewer than 10 hours of produced television", "emerging");
            assertRead("mid-level producers with 10 to 40 hours of produced television credits", "mid-career");
            assertRead("producteurs émergents ayant produit moins de 10 heures de télévision", "emerging");
        }

        private void assertRead(String wording, String stage) {
            Crosswalk.Result r = CROSSWALK.map(wording);
            assertThat(r.unmapped()).as(wording).isEmpty();
            assertThat(r.stages()).as(wording).containsExactly(stage);
        }
    }
}
