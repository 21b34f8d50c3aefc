package org.opdl.validator.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.validator.landscape.LandscapeCountsTest.landscape;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opdl.model.text.Lang;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("F44, F45, F49: a report of listings that state no stage and no wording says so, rather than counting nothing")
class LandscapeNothingToCompareTest {

    /** A provincial producers' association's market travel grant, which states no career stage and no wording of one. */
    private static final String GRANT = """
            {"id": "listing:on-screen-manitoba/market-travel-grant", "provider": {"id": "provider:on-screen-manitoba",
             "name": {"en": "On Screen Manitoba"}}, "title": {"en": "Market Travel Grant"},
             "description": {"en": "Half of a Manitoba producer's costs of attending a market."},
             "url": "https://manitoba.example/travel", "programTypes": ["pd-travel-grant"], "participationUnit": "individual",
             "workingLanguages": ["en"], "eligibility": {"residence": ["CA-MB"]}, "recurrence": "rolling", "status": "open",
             "lastUpdated": "2026-12-07T09:00:00-06:00", "source": "https://manitoba.example/travel"}""";

    /** An emerging producers' lab that states its stage in the provider's words. */
    private static final String LAB = """
            {"id": "listing:ridm/talent-lab", "provider": {"id": "provider:ridm", "name": {"fr": "RIDM"}},
             "title": {"fr": "Laboratoire des talents"}, "description": {"fr": "Un laboratoire pour la relève documentaire."},
             "url": "https://ridm.example/lab", "programTypes": ["lab"], "careerStages": ["emerging"], "stageWording": {"fr": "relève"},
             "participationUnit": "individual", "workingLanguages": ["fr"], "status": "open",
             "lastUpdated": "2026-12-07T09:00:00-05:00", "source": "https://ridm.example/lab"}""";

    @Nested
    @DisplayName("F44: the share of early-career programs when no listing states a stage")
    class NoStage {

        @Test
        @DisplayName("is not comparable, and the sentence says why, in English")
        void english() throws Exception {
            String md = LandscapeReport.render(landscape(GRANT), LandscapeReport.Form.MD, Lang.EN);
            assertThat(md).contains("of those that state a stage | most | 0 | 0 | – | not comparable |")
                    .contains("No listing counted states a career stage, declared or admitted by its eligibility bounds, so this dataset"
                            + " cannot be set beside the industry report's finding that most programs are for the early career.")
                    .doesNotContain("(0 of 0)");
        }

        @Test
        @DisplayName("the same in French; a listing that states a stage is compared as before")
        void french() throws Exception {
            String md = LandscapeReport.render(landscape(GRANT), LandscapeReport.Form.MD, Lang.FR);
            assertThat(md).contains("| la plupart | 0 | 0 | – | non comparable |")
                    .contains("Aucune fiche comptée n'indique de stade de carrière, déclaré ou admis par ses bornes d'admissibilité : ce jeu"
                            + " de données ne peut pas être comparé au constat du rapport de l'industrie")
                    .doesNotContain("(0 sur 0)");
            assertThat(LandscapeReport.render(landscape(GRANT, LAB), LandscapeReport.Form.MD, Lang.EN))
                    .contains("are 100% of the listings that state a stage (1 of 1), which agrees with the industry report")
                    .doesNotContain("not comparable");
        }
    }

    @Nested
    @DisplayName("F45: the wordings of stages when no listing words its stages")
    class NoWording {

        @Test
        @DisplayName("one sentence says there are none, with no table of zeros, in both languages")
        void none() throws Exception {
            String en = LandscapeReport.render(landscape(GRANT), LandscapeReport.Form.MD, Lang.EN);
            assertThat(en).contains("No listing counted gives the words its provider uses for its career stages, so there are no"
                    + " wordings to set beside the standard's crosswalk.").doesNotContain("0 listings word their stages")
                    .doesNotContain("Wordings that name each stage");
            String fr = LandscapeReport.render(landscape(GRANT), LandscapeReport.Form.MD, Lang.FR);
            assertThat(fr).contains("Aucune fiche comptée ne donne les mots qu'emploie son fournisseur pour ses stades de carrière")
                    .doesNotContain("0 fiche formule");
            assertThat(LandscapeReport.render(landscape(GRANT, LAB), LandscapeReport.Form.MD, Lang.EN))
                    .contains("1 listing words its stages in 1 distinct way.");
        }
    }

    @Nested
    @DisplayName("F49: the JSON of a comparison that is not comparable")
    class NotComparableInJson {

        @Test
        @DisplayName("says not-comparable with agrees null, where a share of some listing agrees or differs")
        void verdict() throws Exception {
            JsonNode none = JsonMapper.builder().build().readTree(JsonLandscape.write(landscape(GRANT), Lang.EN))
                    .at("/comparisons/early-career-share");
            assertThat(none.get("verdict").asString()).isEqualTo("not-comparable");
            assertThat(none.get("agrees").isNull()).isTrue();
            assertThat(none.get("text").asString()).startsWith("No listing counted states a career stage");
            JsonNode some = JsonMapper.builder().build().readTree(JsonLandscape.write(landscape(GRANT, LAB), Lang.FR))
                    .at("/comparisons/early-career-share");
            assertThat(some.get("verdict").asString()).isEqualTo("agrees");
            assertThat(some.get("agrees").asBoolean()).isTrue();
        }
    }
}
