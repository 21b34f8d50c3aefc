package org.opdl.validator.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opdl.model.text.Lang;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("Matching a producer's profile")
class MatcherTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate DAY = LocalDate.of(2026, 12, 5);

    /** Banff ISS-style: mid-career needs 1 to 5 credits; open, in Alberta, for Indigenous producers. */
    private static final String MID = """
            {"id": "listing:banff/iss", "title": {"en": "Pitch Forum"}, "provider": {"name": {"en": "Banff"}},
             "url": "https://banff.example/iss", "careerStages": ["mid-career"],
             "eligibility": {"minCredits": 3, "maxCredits": 5, "minYears": 5, "residence": ["CA"]},
             "workingLanguages": ["en", "fr"], "intakes": [{"applicationDeadline": "2027-02-01"}], "status": "open"}
            """;
    /** CMPA-style emerging placement for Ontario, English, with a stipend, no bounds. */
    private static final String EMERGING = """
            {"id": "listing:cmpa/placement", "title": {"en": "Production Mentorship"}, "provider": {"name": {"en": "CMPA"}},
             "url": "https://cmpa.example/m", "careerStages": ["emerging"], "eligibility": {"residence": ["CA-ON"]},
             "workingLanguages": ["en"], "intakes": [{"applicationDeadline": "2027-01-15"}], "status": "open",
             "stipend": {"amount": {"amount": "16000.00", "currency": "CAD"}, "period": "total"}}
            """;
    /** A closed lab whose deadline passed. */
    private static final String CLOSED = """
            {"id": "listing:cfc/lab", "title": {"en": "Producers' Lab"}, "provider": {"name": {"en": "CFC"}}, "url": "https://cfc.example",
             "careerStages": ["emerging"], "workingLanguages": ["en"], "intakes": [{"applicationDeadline": "2024-03-01"}], "status": "closed"}
            """;
    /** A lab in French that states no stage and no region, with a fee. */
    private static final String SILENT = """
            {"id": "listing:inis/atelier", "title": {"fr": "Atelier"}, "provider": {"name": {"fr": "INIS"}}, "url": "https://inis.example",
             "workingLanguages": ["fr"], "intakes": [{"places": 12}], "status": "upcoming",
             "fees": [{"feeType": "tuition", "amount": {"amount": "1200.00", "currency": "CAD"}}]}
            """;

    static Matches match(Profile p, boolean closed, String... listings) {
        Matcher m = new Matcher(p, closed);
        for (String l : listings) {
            m.accept(JSON.readTree(l));
        }
        return m.matches();
    }

    static Profile profile(int works, int credits, int years, String region, String... langs) {
        return new Profile(works, credits, years, region, java.util.Optional.empty(), List.of(langs), List.of(), java.util.Optional.empty(),
                java.util.OptionalInt.empty(), DAY);
    }

    @ParameterizedTest(name = "{0} works, {1} credits, {2} years: {3}")
    @DisplayName("classifies the profile at each stage of the scale")
    @CsvSource({"0,0,0,entry", "1,0,0,emerging", "1,1,0,early-career", "4,3,5,mid-career", "8,6,10,established"})
    void stages(int works, int credits, int years, String stage) {
        assertThat(match(profile(works, credits, years, "CA-ON", "en"), false, MID).stage()).isEqualTo(stage);
    }

    @Test
    @DisplayName("counts the programs that do not fit, and lists them with their reasons only when every verdict is asked for")
    void everyVerdict() {
        Profile far = profile(9, 9, 12, "CA-QC", "fr");
        Matches counted = match(far, false, MID);
        assertThat(counted.notFitting()).isEqualTo(1);
        assertThat(counted.others()).isEmpty();
        Matcher m = new Matcher(far, false, true);
        m.accept(JSON.readTree(MID));
        Matches all = m.matches();
        assertThat(all.notFitting()).isEqualTo(1);
        assertThat(all.fits()).isEmpty();
        assertThat(all.others()).singleElement().satisfies(o -> {
            assertThat(o.verdict()).isEqualTo(Match.Verdict.DOES_NOT_FIT);
            assertThat(o.checks()).anySatisfy(c -> assertThat(c.reason().en()).isEqualTo("allows at most 5 credits, you have 9"));
        });
        assertThat(MatchText.write(all, Lang.EN)).contains("Programs that do not fit (1)");
        assertThat(MatchText.write(counted, Lang.EN)).doesNotContain("do not fit (");
    }

    @Nested
    @DisplayName("at the bounds of a mid-career program (3 to 5 credits, 5 years)")
    class Bounds {

        @Test
        @DisplayName("fits at exactly the minimum")
        void atMinimum() {
            Matches m = match(profile(3, 3, 5, "CA-QC", "fr"), false, MID);
            assertThat(m.fits()).extracting(Match::id).containsExactly("listing:banff/iss");
        }

        @Test
        @DisplayName("fits at exactly the maximum, and not one above")
        void atMaximum() {
            assertThat(match(profile(5, 5, 6, "CA-QC", "fr"), false, MID).fits()).hasSize(1);
            Matches over = match(profile(6, 6, 6, "CA-QC", "fr"), false, MID);
            assertThat(over.fits()).isEmpty();
            assertThat(over.nearMisses()).hasSize(1);
            assertThat(over.nearMisses().get(0).checks()).anySatisfy(c ->
                    assertThat(c.reason().en()).isEqualTo("allows at most 5 credits, you have 6"));
        }

        @Test
        @DisplayName("one credit short is a near miss, with the reason in plain words")
        void oneShort() {
            Matches m = match(profile(2, 2, 5, "CA-QC", "en"), false, MID);
            assertThat(m.nearMisses()).hasSize(1);
            assertThat(m.nearMisses().get(0).checks()).anySatisfy(c -> {
                assertThat(c.outcome()).isEqualTo(Match.Outcome.DOES_NOT_FIT);
                assertThat(c.reason().en()).isEqualTo("needs at least 3 credits, you have 2 (1 credit short)");
                assertThat(c.reason().fr()).isEqualTo("exige au moins 3 crédits, vous en avez 2 (il en manque 1)");
            });
        }

        @Test
        @DisplayName("two credits short does not fit")
        void twoShort() {
            Matches m = match(profile(1, 1, 5, "CA-QC", "en"), false, MID);
            assertThat(m.fits()).isEmpty();
            assertThat(m.nearMisses()).isEmpty();
            assertThat(m.notFitting()).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("an emerging producer fits the emerging placement in her region and language, not elsewhere")
    void regionAndLanguage() {
        assertThat(match(profile(1, 0, 1, "CA-ON", "en"), false, EMERGING).fits()).hasSize(1);
        Matches quebec = match(profile(1, 0, 1, "CA-QC", "fr"), false, EMERGING);
        assertThat(quebec.fits()).isEmpty();
        assertThat(quebec.notFitting()).isEqualTo(1);
    }

    @Test
    @DisplayName("what a listing does not state is unknown, never a fit or a miss, and ranks it lower")
    void unknowns() {
        Profile p = new Profile(1, 0, 1, "CA-QC", java.util.Optional.empty(), List.of("fr"), List.of(), java.util.Optional.empty(),
                java.util.OptionalInt.empty(), DAY);
        Matches m = match(p, false, SILENT);
        assertThat(m.fits()).hasSize(1);
        assertThat(m.fits().get(0).checks()).filteredOn(c -> c.outcome() == Match.Outcome.UNKNOWN)
                .extracting(c -> c.criterion()).containsExactlyInAnyOrder("career-stage", "region", "cost");
    }

    @Test
    @DisplayName("a budget below the fee does not fit")
    void budget() {
        Profile p = new Profile(1, 0, 1, "CA-QC", java.util.Optional.empty(), List.of("fr"), List.of(), java.util.Optional.of(new java.math.BigDecimal("500")),
                java.util.OptionalInt.empty(), DAY);
        Matches m = match(p, false, SILENT);
        assertThat(m.notFitting()).isEqualTo(1);
    }

    @Test
    @DisplayName("leaves closed programs and passed deadlines out unless asked")
    void closed() {
        Profile p = profile(1, 0, 0, "CA-ON", "en");
        Matches m = match(p, false, CLOSED, EMERGING);
        assertThat(m.closed()).isEqualTo(1);
        assertThat(m.fits()).extracting(Match::id).containsExactly("listing:cmpa/placement");
        assertThat(match(p, true, CLOSED, EMERGING).fits()).hasSize(2);
    }

    @Test
    @DisplayName("writes text and JSON in both languages")
    void rendered() {
        Matches m = match(profile(2, 2, 5, "CA-QC", "fr"), false, MID, SILENT);
        assertThat(MatchText.write(m, Lang.FR)).contains("De justesse (1)").contains("il en manque 1");
        JsonNode j = JSON.readTree(MatchJson.write(m, Lang.EN));
        assertThat(j.at("/nearMisses/0/verdict").asString()).isEqualTo("near-miss");
        assertThat(j.at("/fits/0/id").asString()).isEqualTo("listing:inis/atelier");
    }

    @Nested
    @DisplayName("refuses an impossible profile")
    class BadProfiles {

        void refused(String json, String words) {
            assertThatThrownBy(() -> ProfileReader.read(json.getBytes(StandardCharsets.UTF_8), DAY))
                    .isInstanceOf(ProfileReader.ProfileException.class)
                    .satisfies(e -> assertThat(((ProfileReader.ProfileException) e).problems())
                            .anySatisfy(t -> assertThat(t.en()).contains(words)));
        }

        @Test
        @DisplayName("more credits than completed works")
        void credits() {
            refused("{\"completedWorks\": 1, \"credits\": 3, \"yearsOfPractice\": 2, \"region\": \"CA-QC\", \"languages\": [\"fr\"]}",
                    "credits (3) cannot be more than completed works (1)");
        }

        @Test
        @DisplayName("negative years")
        void negative() {
            refused("{\"completedWorks\": 1, \"credits\": 0, \"yearsOfPractice\": -2, \"region\": \"CA-QC\", \"languages\": [\"fr\"]}",
                    "cannot be negative");
        }

        @Test
        @DisplayName("V7: a field written twice, whose second value would win without a word, named at its line and column in plain words")
        void duplicate() {
            refused("{\"completedWorks\": 2, \"credits\": 1, \"yearsOfPractice\": 3, \"completedWorks\": 20, \"region\": \"CA-QC\", "
                    + "\"languages\": [\"fr\"]}", "the key \"completedWorks\" is written twice in one object");
            refused("{\"completedWorks\": 2,\n \"credits\": 1,\n \"credits\": 4}", "at line 3, column ");
        }

        @Test
        @DisplayName("B25: a profile that is not JSON, named in French at « la ligne », as French names a line")
        void frenchLineTakesItsArticle() {
            assertThatThrownBy(() -> ProfileReader.read("{\"credits\": 1,\n \"credits\": 4}".getBytes(StandardCharsets.UTF_8), DAY))
                    .isInstanceOf(ProfileReader.ProfileException.class)
                    .satisfies(e -> assertThat(((ProfileReader.ProfileException) e).problems()).singleElement()
                            .satisfies(t -> assertThat(t.fr()).startsWith("à la ligne 2, colonne ").doesNotContain("à ligne"))
                            .satisfies(t -> assertThat(t.en()).startsWith("at line 2, column ")));
        }

        @Test
        @DisplayName("an unknown region or language code")
        void codes() {
            refused("{\"completedWorks\": 1, \"credits\": 0, \"yearsOfPractice\": 2, \"region\": \"Atlantis\", \"languages\": [\"fr\"]}",
                    "region Atlantis names no Canadian province or territory");
            refused("{\"completedWorks\": 1, \"credits\": 0, \"yearsOfPractice\": 2, \"region\": \"CA-QC\", \"languages\": [\"klingon\"]}",
                    "language klingon names no language");
        }
    }
}
