package org.opdl.validator.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.validator.landscape.LandscapeCountsTest.landscape;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.text.Lang;

@DisplayName("Career stages listed in a sentence of the gaps are lower-case, as program types are (F67)")
class StageNamesInGapsTest {

    /** A paid producers' intensive in Winnipeg for emerging and early-career producers, open. */
    private static final String INTENSIVE = """
            {"id": "listing:owm/producers-intensive", "provider": {"id": "provider:owm", "name": {"en": "On Screen Manitoba"}},
             "title": {"en": "Producers Intensive"}, "url": "https://owm.example/intensive", "programTypes": ["masterclass-workshop"],
             "careerStages": ["emerging", "early-career"], "eligibility": {"residence": ["CA-MB"]}, "workingLanguages": ["en"],
             "fees": [{"feeType": "tuition", "amount": {"amount": "450.00", "currency": "CAD"}}],
             "status": "open", "lastUpdated": "2026-11-01T00:00:00Z", "source": "https://owm.example/intensive"}""";

    @Test
    @DisplayName("the stages served only by programs with a fee read \"emerging and early career\", « émergent et début de carrière »")
    void lowerCase() throws Exception {
        Landscape l = landscape(INTENSIVE);
        assertThat(LandscapeReport.render(l, LandscapeReport.Form.MD, Lang.EN))
                .contains("- Among open and upcoming programs: emerging and early career\n")
                .contains("- Among programs of every status: emerging and early career\n");
        assertThat(LandscapeReport.render(l, LandscapeReport.Form.MD, Lang.FR))
                .contains("- Parmi les programmes ouverts et à venir : émergent et début de carrière\n");
    }

    @Test
    @DisplayName("regions, which are names, keep their capitals")
    void regions() throws Exception {
        assertThat(LandscapeReport.render(landscape(INTENSIVE), LandscapeReport.Form.MD, Lang.EN)).contains("Alberta, British Columbia");
    }
}
