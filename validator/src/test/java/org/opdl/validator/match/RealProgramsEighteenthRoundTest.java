package org.opdl.validator.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.validator.match.WaysInTest.profile;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("Matching the real programs of the eighteenth round")
class RealProgramsEighteenthRoundTest {

    /** Les Offices jeunesse internationaux du Québec: part of the travel costs of producers of 18 to 35 going to a market abroad. */
    private static final String YOUNG_PRODUCERS_ABROAD = """
            {"id": "listing:lojiq/missions-marches",
             "title": {"fr": "Soutien aux jeunes producteurs qui se rendent à un marché à l'étranger"},
             "provider": {"name": {"fr": "Les Offices jeunesse internationaux du Québec"}}, "url": "https://www.lojiq.org/",
             "programTypes": ["pd-travel-grant"], "workingLanguages": ["fr"],
             "eligibility": {"minAge": 18, "maxAge": 35, "residence": ["CA-QC"], "reservedFor": ["youth"]}}
            """;

    private static Matches matchAll(Integer age) {
        Matcher m = new Matcher(profile(2, 0, 2, "CA-QC", List.of(), age, null), false, true);
        m.accept(JsonMapper.builder().build().readTree(YOUNG_PRODUCERS_ABROAD));
        return m.matches();
    }

    private static Match.Check group(Match match) {
        return match.checks().stream().filter(c -> c.criterion().equals("target-group")).findFirst().orElseThrow();
    }

    @Nested
    @DisplayName("P58: places for youth, whose ages the program sets, and a producer older than them")
    class YouthOutsideTheAges {

        @Test
        @DisplayName("a producer of 41 is told the ages do not include hers, not that her profile fails to name the group")
        void olderProducer() {
            Matches m = matchAll(41);
            assertThat(m.fits()).isEmpty();
            assertThat(m.nearMisses()).isEmpty();
            Match.Check c = group(m.others().get(0));
            assertThat(c.outcome()).isEqualTo(Match.Outcome.DOES_NOT_FIT);
            assertThat(c.reason().en()).isEqualTo("reserved for youth, within the ages it sets, which do not include yours");
            assertThat(c.reason().fr()).isEqualTo("réservé à : jeunes, dans la tranche d'âge qu'il fixe, qui ne comprend pas votre âge");
        }

        @Test
        @DisplayName("a producer of 36, one year past the ages, is a near miss with the same words")
        void oneYearPast() {
            Matches m = matchAll(36);
            assertThat(m.nearMisses()).hasSize(1);
            Match.Check c = group(m.nearMisses().get(0));
            assertThat(c.near()).isTrue();
            assertThat(c.reason().en()).isEqualTo("reserved for youth, within the ages it sets, which do not include yours");
        }

        @Test
        @DisplayName("a producer of 29 fits, within the ages")
        void withinTheAges() {
            Matches m = matchAll(29);
            assertThat(m.fits()).hasSize(1);
            assertThat(group(m.fits().get(0)).reason().en()).isEqualTo("reserved for youth, within the ages it sets, which include yours");
        }
    }
}
