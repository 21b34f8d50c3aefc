package org.opdl.validator.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.validator.landscape.LandscapeCountsTest.landscape;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.text.Lang;

@DisplayName("F36: the program types a gap lists are common nouns mid-sentence, parted by semicolons, in both languages")
class LandscapeTypesInGapsTest {

    /** Quebec Cinema's talent lab, open to emerging producers in Quebec, with a masterclass and a mentorship. */
    private static final String LAB = """
            {"id": "listing:quebec-cinema/talent-lab", "provider": {"id": "provider:quebec-cinema", "name": {"fr": "Québec Cinéma"}},
             "title": {"fr": "Laboratoire des talents"}, "url": "https://quebeccinema.ca/talents", "careerStages": ["emerging"],
             "programTypes": ["lab", "masterclass-workshop", "mentorship", "course", "conference", "round-table", "shadowing",
               "webinar-series", "peer-learning", "resource-library", "development-fund", "festival-access", "company-consulting",
               "funding-with-training", "fellowship-residency", "coproduction-forum", "market-pitch-forum", "incubator-accelerator",
               "workshop-webinar", "placement"],
             "eligibility": {"residence": ["CA-QC"]}, "workingLanguages": ["fr"], "intakes": [{"applicationDeadline": "2027-03-01"}],
             "status": "open", "lastUpdated": "2026-11-01T00:00:00Z", "source": "https://quebeccinema.ca/talents"}""";

    private static String emerging(Lang lang) throws Exception {
        String md = LandscapeReport.render(landscape(LAB), LandscapeReport.Form.MD, lang);
        return md.lines().filter(l -> l.startsWith("- Emerging: no open program of") || l.startsWith("- Émergent : aucun programme ouvert"))
                .filter(l -> l.contains("type")).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("the types left in English are lower-case, each whole between semicolons, the last after a semicolon and 'and'")
    void english() throws Exception {
        assertThat(emerging(Lang.EN)).isEqualTo("- Emerging: no open program of 3 of the 23 program types: paid placement or internship; "
                + "professional-development or travel grant; and equity, diversity and inclusion training");
    }

    @Test
    @DisplayName("the types left in French are lower-case as well, the last after a semicolon and « et »")
    void french() throws Exception {
        assertThat(emerging(Lang.FR)).isEqualTo("- Émergent : aucun programme ouvert de 3 des 23 types de programme : stage rémunéré; "
                + "subvention de perfectionnement ou de déplacement; et formation en équité, diversité et inclusion");
    }
}
