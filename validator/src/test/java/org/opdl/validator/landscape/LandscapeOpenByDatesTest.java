package org.opdl.validator.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.validator.landscape.LandscapeCountsTest.landscape;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opdl.model.text.Lang;

@DisplayName("A listing that gives no status but a deadline still to come is counted open by its dates, and the report says so (F64)")
class LandscapeOpenByDatesTest {

    /** A producer mentorship for francophone minority communities, giving no status; its intake put in by each case. The report is of 2026-12-05. */
    private static final String MENTORSHIP = """
            {"id": "listing:apfc/%s", "provider": {"id": "provider:apfc", "name": {"fr": "Alliance des producteurs francophones du Canada"}},
             "title": {"fr": "Mentorat de producteurs"}, "description": {"fr": "Un an de mentorat en ligne avec une productrice chevronnée."},
             "url": "https://apfc.example/mentorat", "programTypes": ["mentorship"], "careerStages": ["emerging"],
             "eligibility": {"residence": ["CA-NB"]}, "workingLanguages": ["fr"], "deliveryMode": "online",
             "intakes": [{"applicationDeadline": "%s"}],
             "lastUpdated": "2026-11-01T00:00:00Z", "source": "https://apfc.example/mentorat"}""";

    @Nested
    @DisplayName("two listings with no status, their deadlines in February 2027")
    class DeadlinesToCome {

        @Test
        @DisplayName("are counted open, served in New Brunswick, and said in both languages")
        void countedOpen() throws Exception {
            Landscape l = landscape(MENTORSHIP.formatted("a", "2027-02-15"), MENTORSHIP.formatted("b", "2026-12-05"));
            assertThat(l.gaps().openListings()).isEqualTo(2);
            assertThat(l.gaps().openByDates()).isEqualTo(2);
            assertThat(l.gaps().stageRegion().open().get("emerging").get("CA-NB")).isEqualTo(2);
            String en = LandscapeReport.render(l, LandscapeReport.Form.MD, Lang.EN);
            assertThat(en).contains("Of the 2 listings counted, 2 are open or upcoming.")
                    .contains("2 of the listings open or upcoming give no status: they are counted by their application deadlines,"
                            + " still to come on the date of the report.")
                    .doesNotContain("No listing counted is open or upcoming");
            String fr = LandscapeReport.render(l, LandscapeReport.Form.MD, Lang.FR);
            assertThat(fr).contains("2 des fiches ouvertes ou à venir ne donnent aucun statut : elles sont comptées par leurs dates"
                    + " limites de candidature, encore à venir à la date du rapport.");
            assertThat(LandscapeReport.render(l, LandscapeReport.Form.JSON, Lang.EN)).containsPattern("\"openByDates\" ?: ?2");
        }

        @Test
        @DisplayName("one is said in the singular")
        void one() throws Exception {
            String en = LandscapeReport.render(landscape(MENTORSHIP.formatted("a", "2027-02-15")), LandscapeReport.Form.MD, Lang.EN);
            assertThat(en).contains("1 of the listings open or upcoming gives no status: it is counted by its application deadline,");
        }
    }

    @Nested
    @DisplayName("as before")
    class AsBefore {

        @Test
        @DisplayName("a listing with no status whose deadline has passed is not open, and nothing is said of dates")
        void passed() throws Exception {
            Landscape l = landscape(MENTORSHIP.formatted("a", "2026-12-04"));
            assertThat(l.gaps().openListings()).isZero();
            assertThat(LandscapeReport.render(l, LandscapeReport.Form.MD, Lang.EN)).contains("No listing counted is open or upcoming")
                    .doesNotContain("counted by its application deadline");
        }

        @Test
        @DisplayName("a listing said closed stays closed, whatever its deadline")
        void closed() throws Exception {
            Landscape l = landscape(MENTORSHIP.formatted("a", "2027-02-15").replace("\"lastUpdated\"", "\"status\": \"closed\", \"lastUpdated\""));
            assertThat(l.gaps().openListings()).isZero();
            assertThat(l.gaps().openByDates()).isZero();
        }
    }
}
