package org.opdl.validator.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opdl.model.text.Lang;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("F29: each reason of a match is marked by what it means for the producer")
class CheckMarksTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** SODEC's emerging creation program: emerging producers living in Quebec, in French, with 1 to 3 credits. */
    private static final String SODEC = """
            {"id": "listing:sodec/emerging", "title": {"fr": "Programme d'aide à la création émergente", "en": "Emerging creation support"},
             "provider": {"name": {"fr": "SODEC"}}, "url": "https://sodec.example/emergent", "status": "open", "careerStages": ["emerging"],
             "eligibility": {"minCredits": 1, "maxCredits": 3, "residence": ["CA-QC"]}, "workingLanguages": ["fr"]}
            """;

    private static String text(int works, int credits, int years, String region, Lang lang) {
        Profile p = new Profile(works, credits, years, region, Optional.empty(), List.of(region.equals("CA-QC") ? "fr" : "en"), List.of(),
                Optional.of(new BigDecimal("500")), OptionalInt.empty(), LocalDate.of(2026, 12, 5));
        Matcher m = new Matcher(p, false, true);
        m.accept(JSON.readTree(SODEC));
        return MatchText.write(m.matches(), lang);
    }

    @Nested
    @DisplayName("for an established producer in Ontario who works in English, 40 credits past the program")
    class FarFromIt {

        @Test
        @DisplayName("what does not fit is marked 'does not fit', never 'short', as a producer past a stage or in another province is not short of it")
        void doesNotFit() {
            String en = text(40, 40, 30, "CA-ON", Lang.EN);
            assertThat(en).contains("   does not fit: allows at most 3 credits, you have 40\n")
                    .contains("   does not fit: for residents of Quebec; you live in Ontario\n")
                    .contains("   does not fit: works in French; you work in English\n")
                    .doesNotContain("short:");
            String fr = text(40, 40, 30, "CA-ON", Lang.FR);
            assertThat(fr).contains("   ne convient pas : pour les résidents de : Québec; vous résidez : Ontario\n")
                    .doesNotContain("manque :");
        }
    }

    @Nested
    @DisplayName("for a producer in Quebec one credit short")
    class NearlyThere {

        @Test
        @DisplayName("the one thing missed by little keeps 'short', in both languages")
        void short_() {
            String en = text(1, 0, 2, "CA-QC", Lang.EN);
            assertThat(en).contains("Near misses (1)").contains("   short: needs at least 1 credit, you have 0 (1 credit short)\n");
            assertThat(text(1, 0, 2, "CA-QC", Lang.FR)).contains("   manque : exige au moins 1 crédit, vous en avez 0 (il en manque 1)\n");
        }
    }
}
