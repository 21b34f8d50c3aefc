package org.opdl.validator.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.validator.landscape.LandscapeCountsTest.landscape;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opdl.model.text.Lang;

@DisplayName("A listing said open whose every deadline has passed is not counted open, as match leaves it out, and the report says so (F68)")
class LandscapePastDeadlineTest {

    /** A Halifax pitch day said open; its deadlines put in by each case. The report is of 2026-12-05. */
    private static final String PITCH = """
            {"id": "listing:sbns/pitch-day-%s", "provider": {"id": "provider:screen-nova-scotia", "name": {"en": "Screen Nova Scotia"}},
             "title": {"en": "Pitch Day"}, "url": "https://sns.example/pitch", "programTypes": ["market-pitch-forum"], "careerStages": ["emerging"],
             "eligibility": {"residence": ["CA-NS"]}, "workingLanguages": ["en"], "status": "open", "intakes": [%s],
             "lastUpdated": "2026-11-01T00:00:00Z", "source": "https://sns.example/pitch"}""";

    @Nested
    @DisplayName("two listings said open, their last deadlines in 2025 and on the day before the report")
    class Passed {

        @Test
        @DisplayName("are not counted open, and the report says why and what to do, in both languages")
        void notOpen() throws Exception {
            Landscape l = landscape(PITCH.formatted("a", "{\"applicationDeadline\": \"2025-03-01\"}"),
                    PITCH.formatted("b", "{\"applicationDeadline\": \"2024-03-01\"}, {\"applicationDeadline\": \"2026-12-04\"}"));
            assertThat(l.gaps().openListings()).isZero();
            assertThat(l.gaps().pastDeadline()).isEqualTo(2);
            assertThat(l.gaps().stageRegion().open().get("emerging").get("CA-NS")).isZero();
            assertThat(LandscapeReport.render(l, LandscapeReport.Form.MD, Lang.EN)).contains("No listing counted is open or upcoming")
                    .contains("2 listings counted are said open or upcoming, but every application deadline they state has passed on the"
                            + " date of the report: they are not counted open, as opdl match leaves them out. Update their status, or add"
                            + " the next edition.");
            assertThat(LandscapeReport.render(l, LandscapeReport.Form.MD, Lang.FR)).contains("2 fiches comptées sont dites ouvertes ou à"
                    + " venir, mais chaque date limite de candidature qu'elles indiquent est passée à la date du rapport : elles ne sont pas"
                    + " comptées ouvertes, comme opdl match les laisse de côté.");
            assertThat(LandscapeReport.render(l, LandscapeReport.Form.JSON, Lang.EN)).containsPattern("\"pastDeadline\" ?: ?2");
        }

        @Test
        @DisplayName("one is said in the singular")
        void one() throws Exception {
            Landscape l = landscape(PITCH.formatted("a", "{\"applicationDeadline\": \"2025-03-01\"}"));
            assertThat(LandscapeReport.render(l, LandscapeReport.Form.MD, Lang.EN)).contains("1 listing counted is said open or upcoming,"
                    + " but every application deadline it states has passed on the date of the report: it is not counted open, as opdl"
                    + " match leaves it out. Update its status, or add the next edition.");
            assertThat(LandscapeReport.render(l, LandscapeReport.Form.MD, Lang.FR)).contains("1 fiche comptée est dite ouverte ou à venir,"
                    + " mais chaque date limite de candidature qu'elle indique est passée à la date du rapport : elle n'est pas comptée ouverte,");
        }
    }

    @Nested
    @DisplayName("as before")
    class AsBefore {

        @Test
        @DisplayName("a listing said open with a deadline to come, or with an edition that states no deadline, is counted open")
        void open() throws Exception {
            Landscape l = landscape(PITCH.formatted("a", "{\"applicationDeadline\": \"2025-03-01\"}, {\"applicationDeadline\": \"2026-12-05\"}"),
                    PITCH.formatted("b", "{\"applicationDeadline\": \"2025-03-01\"}, {\"startDate\": \"2027-05-01\"}"), PITCH.formatted("c", "{\"applicationDeadline\": \"2027-01-15\"}"));
            assertThat(l.gaps().openListings()).isEqualTo(3);
            assertThat(l.gaps().pastDeadline()).isZero();
            assertThat(LandscapeReport.render(l, LandscapeReport.Form.MD, Lang.EN)).doesNotContain("has passed on the date of the report");
        }
    }
}
