package org.opdl.validator.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.validator.match.WaysInTest.match;
import static org.opdl.validator.match.WaysInTest.profile;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Matching the real programs of the fifteenth round")
class RealProgramsFifteenthRoundTest {

    /** Telefilm's Talent to Watch: emerging teams, recommended by a designated industry partner of their province. */
    private static final String NOMINATED = """
            {"id": "listing:telefilm/talent-to-watch", "title": {"en": "Talent to Watch", "fr": "Talents en vue"},
             "provider": {"name": {"en": "Telefilm Canada", "fr": "Téléfilm Canada"}}, "url": "https://telefilm.ca/",
             "programTypes": ["funding-with-training"], "careerStages": ["emerging"],
             "eligibility": {"maxCredits": 0,
                             "nominatedBy": {"en": "A designated industry partner of the applicant's province, such as a festival, a film co-op or a school.",
                                             "fr": "Un partenaire désigné de l'industrie de la province, par exemple un festival, une coopérative de cinéma ou une école."}}}
            """;

    /** CMPA's Ontario Production Mentorship (2016): places reserved for youth, aged 15 to 30. */
    private static final String YOUTH = """
            {"id": "listing:cmpa/ontario-production-mentorship-2016", "title": {"en": "Ontario Production Mentorship Program"},
             "provider": {"name": {"en": "Canadian Media Producers Association"}}, "url": "https://cmpa.ca/",
             "programTypes": ["mentorship"],
             "eligibility": {"minAge": 15, "maxAge": 30, "reservedFor": ["youth"]}}
            """;

    private static Profile aged(Integer age) {
        return profile(1, 0, 1, "CA-ON", List.of(), age, null);
    }

    @Nested
    @DisplayName("P42: places reserved for youth, within the ages the program sets")
    class Youth {

        @Test
        @DisplayName("a producer of 25 who does not list the group is within the ages, and told so")
        void withinTheAges() {
            Matches m = match(aged(25), YOUTH);
            assertThat(m.fits()).hasSize(1);
            assertThat(m.fits().get(0).checks()).anySatisfy(c -> {
                assertThat(c.criterion()).isEqualTo("target-group");
                assertThat(c.outcome()).isEqualTo(Match.Outcome.FITS);
                assertThat(c.reason().en()).isEqualTo("reserved for youth, within the ages it sets, which include yours");
                assertThat(c.reason().fr()).isEqualTo("réservé à : jeunes, dans la tranche d'âge qu'il fixe, qui comprend votre âge");
            });
        }

        @Test
        @DisplayName("a producer of 31 is a near miss by one year, of 40 does not fit")
        void outsideTheAges() {
            assertThat(match(aged(31), YOUTH).nearMisses()).hasSize(1);
            Matches m = match(aged(40), YOUTH);
            assertThat(m.fits()).isEmpty();
            assertThat(m.nearMisses()).isEmpty();
        }

        @Test
        @DisplayName("a producer who gives no age is not shut out: the fit is unknown and the missing age said")
        void noAge() {
            Matches m = match(aged(null), YOUTH);
            assertThat(m.fits()).hasSize(1);
            assertThat(m.fits().get(0).checks()).anySatisfy(c -> {
                assertThat(c.outcome()).isEqualTo(Match.Outcome.UNKNOWN);
                assertThat(c.reason().en()).isEqualTo("reserved for youth, within the ages it sets; your profile gives no age");
                assertThat(c.reason().fr()).isEqualTo("réservé à : jeunes, dans la tranche d'âge qu'il fixe; votre profil ne donne pas d'âge");
            });
        }

        @Test
        @DisplayName("a program for youth that sets no ages still asks the profile to name the group")
        void noAgesSet() {
            Matches m = match(aged(25), YOUTH.replace("\"minAge\": 15, \"maxAge\": 30, ", ""));
            assertThat(m.fits()).isEmpty();
        }
    }

    /** The Canadian Film Centre's IDEABOOST Accelerator: companies, each with a project under way. */
    private static final String COMPANY_WITH_PROJECT = """
            {"id": "listing:cfc/ideaboost", "title": {"en": "IDEABOOST Accelerator"},
             "provider": {"name": {"en": "Canadian Film Centre"}}, "url": "https://cfccreates.com/",
             "programTypes": ["incubator-accelerator"], "participationUnit": "company",
             "eligibility": {"projectStages": ["concept", "in-development"]}}
            """;

    @Nested
    @DisplayName("P41: a company that applies, with a project of its own")
    class CompanyAndProject {

        @Test
        @DisplayName("a producer is told the program takes companies and asks for a project, both unknown, not that it simply fits")
        void said() {
            Matches m = match(profile(2, 1, 3, "CA-ON", List.of(), null, null), COMPANY_WITH_PROJECT);
            assertThat(m.fits()).hasSize(1);
            List<Match.Check> checks = m.fits().get(0).checks();
            assertThat(checks).anySatisfy(c -> {
                assertThat(c.criterion()).isEqualTo("applicant");
                assertThat(c.outcome()).isEqualTo(Match.Outcome.UNKNOWN);
                assertThat(c.reason().en()).isEqualTo("takes applications from companies; your profile cannot show one");
                assertThat(c.reason().fr()).isEqualTo("reçoit les candidatures d'entreprises; votre profil ne peut en montrer une");
            });
            assertThat(checks).anySatisfy(c -> {
                assertThat(c.criterion()).isEqualTo("project");
                assertThat(c.outcome()).isEqualTo(Match.Outcome.UNKNOWN);
                assertThat(c.reason().en()).isEqualTo("asks for a project of your own (stage: concept or in development); your profile cannot show one");
                assertThat(c.reason().fr()).isEqualTo("demande un projet à vous (stade : concept ou en développement); votre profil ne peut le montrer");
            });
        }

        @Test
        @DisplayName("a mentee who applies with a host company is told so")
        void pair() {
            Matches m = match(profile(2, 1, 3, "CA-ON", List.of(), null, null),
                    COMPANY_WITH_PROJECT.replace("\"company\"", "\"mentor-mentee-pair\""));
            assertThat(m.fits().get(0).checks()).anySatisfy(c -> assertThat(c.reason().en()).isEqualTo(
                    "takes applications from a producer together with the host company or mentor the producer will work with;"
                            + " your profile cannot show one"));
        }

        @Test
        @DisplayName("an individual program that names no project stage asks for neither")
        void individual() {
            Matches m = match(profile(2, 1, 3, "CA-ON", List.of(), null, null), COMPANY_WITH_PROJECT
                    .replace("\"company\"", "\"individual\"").replace("\"projectStages\": [\"concept\", \"in-development\"]", ""));
            assertThat(m.fits().get(0).checks()).noneSatisfy(c -> assertThat(c.criterion()).isIn("applicant", "project"));
        }
    }

    @Nested
    @DisplayName("P39: a program that takes applications only through a nomination")
    class Nomination {

        @Test
        @DisplayName("an emerging producer is told the program fits her figures and that a body must put her forward, that fit unknown")
        void said() {
            Matches m = match(profile(1, 0, 1, "CA-MB", List.of(), null, null), NOMINATED);
            assertThat(m.fits()).hasSize(1);
            assertThat(m.fits().get(0).checks()).anySatisfy(c -> {
                assertThat(c.criterion()).isEqualTo("nomination");
                assertThat(c.outcome()).isEqualTo(Match.Outcome.UNKNOWN);
                assertThat(c.reason().en()).isEqualTo("takes applications only when put forward by another body (\"A designated industry"
                        + " partner of the applicant's province, such as a festival, a film co-op or a school\"); your profile cannot show a nomination");
                assertThat(c.reason().fr()).isEqualTo("ne reçoit que les candidatures proposées par un autre organisme (« Un partenaire désigné"
                        + " de l'industrie de la province, par exemple un festival, une coopérative de cinéma ou une école »);"
                        + " votre profil ne peut montrer une telle proposition");
            });
        }

        @Test
        @DisplayName("a producer whose credits are too many is still told the program does not fit, the nomination said beside")
        void figuresStillJudged() {
            Matches m = match(profile(4, 3, 6, "CA-MB", List.of(), null, null), NOMINATED);
            assertThat(m.fits()).isEmpty();
            assertThat(m.notFitting()).isEqualTo(1);
        }

        @Test
        @DisplayName("a listing that names no nominating body asks for no nomination")
        void none() {
            Matches m = match(profile(1, 0, 1, "CA-MB", List.of(), null, null), NOMINATED.replaceAll("(?s),\\s*\"nominatedBy\".*?\\}\\}", "}"));
            assertThat(m.fits().get(0).checks()).noneSatisfy(c -> assertThat(c.criterion()).isEqualTo("nomination"));
        }
    }
}
