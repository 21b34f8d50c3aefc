package org.opdl.validator.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.validator.match.WaysInTest.match;
import static org.opdl.validator.match.WaysInTest.profile;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opdl.model.text.Lang;

@DisplayName("Matching the real programs of the sixteenth round")
class RealProgramsSixteenthRoundTest {

    /** Frontières: proof-of-concept presentations in Cannes in May, the market in Montréal in July. */
    private static final String TWO_PLACES = """
            {"id": "listing:fantasia/frontieres", "title": {"en": "Frontières International Co-Production Market"},
             "provider": {"name": {"en": "Fantasia International Film Festival"}}, "url": "https://fantasiafestival.com/",
             "programTypes": ["coproduction-forum"],
             "intakes": [
               {"label": "Cannes: proof-of-concept presentations", "applicationDeadline": "2027-03-15",
                "location": {"city": "Cannes", "country": "FR"}},
               {"label": "Montréal: co-production market", "applicationDeadline": "2027-04-30",
                "location": {"city": "Montréal", "region": "CA-QC", "country": "CA"}}]}
            """;

    private static Matches matched(String listing) {
        return match(profile(1, 0, 1, "CA-QC", List.of(), null, null), listing);
    }

    @Nested
    @DisplayName("P45: a place for each edition")
    class EditionPlaces {

        @Test
        @DisplayName("the next deadline is said with the place of its edition, a place abroad by its country's name")
        void abroad() {
            Matches m = matched(TWO_PLACES);
            assertThat(MatchText.write(m, Lang.EN)).contains("deadline: March 15, 2027, edition in Cannes, France\n");
            assertThat(MatchText.write(m, Lang.FR)).contains("date limite : 15 mars 2027, édition à Cannes, France\n");
            assertThat(MatchJson.write(m, Lang.EN)).contains("\"deadline\":\"2027-03-15\",\"deadlinePlace\":\"Cannes, France\"");
        }

        @Test
        @DisplayName("once the first deadline has passed, the next is said with its own place, a province by its label")
        void nextEdition() {
            String later = TWO_PLACES.replace("2027-03-15", "2026-11-15");
            Matches m = matched(later);
            assertThat(MatchText.write(m, Lang.EN)).contains("deadline: April 30, 2027, edition in Montréal, Quebec\n");
            assertThat(MatchText.write(m, Lang.FR)).contains("date limite : 30 avril 2027, édition à Montréal, Québec\n");
        }

        @Test
        @DisplayName("an intake that names no place leaves the deadline as it was")
        void noPlace() {
            String placeless = TWO_PLACES.replace("\"location\": {\"city\": \"Cannes\", \"country\": \"FR\"}", "\"places\": 10");
            Matches m = matched(placeless);
            assertThat(MatchText.write(m, Lang.EN)).contains("deadline: March 15, 2027\n");
            assertThat(MatchJson.write(m, Lang.EN)).doesNotContain("deadlinePlace");
        }
    }
}
