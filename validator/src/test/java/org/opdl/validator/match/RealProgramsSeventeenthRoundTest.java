package org.opdl.validator.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.validator.match.WaysInTest.match;
import static org.opdl.validator.match.WaysInTest.profile;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opdl.model.text.Lang;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("Matching the real programs of the seventeenth round")
class RealProgramsSeventeenthRoundTest {

    /** A mentorship of the CMPA with PictureNL, for producers of Newfoundland and Labrador (dates illustrative). */
    private static final String MENTORSHIP = """
            {"id": "listing:cmpa/picturenl-producer-mentorship", "title": {"en": "PictureNL Producer Mentorship Program"},
             "provider": {"name": {"en": "Canadian Media Producers Association"}}, "url": "https://cmpa.ca/mentorship/",
             "partners": [{"name": {"en": "PictureNL"}}], "programTypes": ["mentorship"],
             "eligibility": {"residence": ["CA-NL"], "roles": ["producer"]}, "participationUnit": "individual",
             "intakes": [{"applicationDeadline": "2027-03-31", "places": 1,
                          "location": {"city": "St. John's", "region": "CA-NL", "country": "CA"}}]}
            """;

    @Nested
    @DisplayName("P53: a mentorship of a national association run with a provincial agency")
    class TwoProviders {

        @Test
        @DisplayName("a producer of Newfoundland and Labrador is told the program fits, with the place of its edition")
        void fits() {
            Matches m = match(profile(1, 0, 1, "CA-NL", List.of(), null, null), MENTORSHIP);
            String text = MatchText.write(m, Lang.EN);
            assertThat(text).contains("open to residents of Newfoundland and Labrador")
                    .contains("deadline: March 31, 2027, edition in St. John's, Newfoundland and Labrador\n");
            assertThat(m.fits()).hasSize(1);
        }

        @Test
        @DisplayName("a producer of Ontario is told where the program's residents live")
        void elsewhere() {
            Matcher matcher = new Matcher(profile(1, 0, 1, "CA-ON", List.of(), null, null), false, true);
            matcher.accept(JsonMapper.builder().build().readTree(MENTORSHIP));
            Matches m = matcher.matches();
            assertThat(m.fits()).isEmpty();
            assertThat(MatchText.write(m, Lang.EN)).contains("for residents of Newfoundland and Labrador; you live in Ontario");
            assertThat(MatchText.write(m, Lang.FR)).contains("Terre-Neuve-et-Labrador");
        }
    }

    @Test
    @DisplayName("an edition whose place gives only Canada leaves the deadline as it is, with no blank place after it")
    void countryOnly() {
        String canada = MENTORSHIP.replace("\"city\": \"St. John's\", \"region\": \"CA-NL\", ", "");
        Matches m = match(profile(1, 0, 1, "CA-NL", List.of(), null, null), canada);
        assertThat(MatchText.write(m, Lang.EN)).contains("deadline: March 31, 2027\n").doesNotContain("edition in");
        assertThat(MatchJson.write(m, Lang.EN)).doesNotContain("deadlinePlace");
    }

    /** Ontario Creates' development stream (2021): the experience asked for is in words only. */
    private static final String IN_WORDS = """
            {"id": "listing:ontario-creates/film-fund-development", "title": {"en": "Film Fund: Development Stream"},
             "provider": {"name": {"en": "Ontario Creates"}}, "url": "https://ontariocreates.ca/",
             "programTypes": ["development-fund"],
             "eligibility": {"roles": ["producer"], "experienceRequired": {"en": "Has produced at least one of: a TV movie; a series; or two one-hour documentaries broadcast in Canada."}}}
            """;

    @Nested
    @DisplayName("P51: experience asked for in words only, such as two one-hour documentaries")
    class ExperienceInWords {

        @Test
        @DisplayName("the producer reads the words, its fit unknown, where she was told the program does not say")
        void said() {
            Matches m = match(profile(0, 0, 0, "CA-ON", List.of(), null, null), IN_WORDS);
            assertThat(MatchText.write(m, Lang.EN)).contains("unknown: asks for experience it states only in words "
                    + "(\"Has produced at least one of: a TV movie; a series; or two one-hour documentaries broadcast in Canada\"); "
                    + "your profile cannot show whether you have it\n").doesNotContain("does not say which career stages");
            assertThat(MatchText.write(m, Lang.FR)).contains("demande une expérience qu'il décrit seulement en mots (« Has produced");
        }

        @Test
        @DisplayName("a listing that declares its stages is judged by them, its words aside")
        void stagesFirst() {
            Matches m = match(profile(0, 0, 0, "CA-ON", List.of(), null, null),
                    IN_WORDS.replace("\"programTypes\"", "\"careerStages\": [\"established\"], \"programTypes\""));
            assertThat(MatchText.write(m, Lang.EN)).doesNotContain("states only in words");
        }
    }
}
