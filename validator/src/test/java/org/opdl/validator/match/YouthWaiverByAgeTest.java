package org.opdl.validator.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.validator.match.WaysInTest.profile;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("A fee waived for youth by a program that sets its ages goes by the producer's age (F55)")
class YouthWaiverByAgeTest {

    /** A producers' lab for ages 18 to 30, whose $50 application fee is waived for youth, beside a $300 tuition. */
    private static final String LAB = """
            {"id": "listing:wift/producers-lab", "title": {"en": "Producers Lab", "fr": "Laboratoire des producteurs"},
             "provider": {"name": {"en": "Women in Film & Television"}}, "url": "https://example.org/lab", "programTypes": ["lab"],
             "eligibility": {"minAge": 18, "maxAge": 30},
             "fees": [{"feeType": "application-fee", "amount": {"amount": "50.00", "currency": "CAD"}, "waivedFor": ["youth"]},
                      {"feeType": "tuition", "amount": {"amount": "300.00", "currency": "CAD"}}]}
            """;
    /** The same fee waived for youth alone, no tuition, the ages unset. */
    private static final String NO_AGES = """
            {"id": "listing:wift/pitch-day", "title": {"en": "Pitch Day"}, "provider": {"name": {"en": "Women in Film & Television"}},
             "url": "https://example.org/pitch", "programTypes": ["pitch-event"],
             "fees": [{"feeType": "application-fee", "amount": {"amount": "50.00", "currency": "CAD"}, "waivedFor": ["youth"]}]}
            """;

    private static List<Match.Check> costs(Profile p, String listing) {
        Matcher m = new Matcher(p, false, true);
        m.accept(JsonMapper.builder().build().readTree(listing));
        List<Match> all = new ArrayList<>(m.matches().fits());
        all.addAll(m.matches().nearMisses());
        all.addAll(m.matches().others());
        return all.get(0).checks().stream().filter(c -> c.criterion().equals("cost")).toList();
    }

    @Nested
    @DisplayName("a producer of 24 whose profile names no group")
    class YoungUnnamed {

        @Test
        @DisplayName("pays no application fee, said by her age in each language, and only the tuition is counted")
        void waived() {
            List<Match.Check> c = costs(profile(2, 1, 3, "CA-MB", List.of(), 24, "400"), LAB);
            assertThat(c).extracting(x -> x.reason().en()).containsExactly(
                    "waives $50 of its fees for youth, within the ages it sets, which include yours",
                    "costs $300, your budget is $400");
            assertThat(c.get(0).reason().fr()).isEqualTo(
                    "lève 50 $ de ses frais pour : jeunes, dans la tranche d'âge qu'il fixe, qui comprend votre âge");
        }

        @Test
        @DisplayName("costs nothing when the waived fee is the only one")
        void free() {
            List<Match.Check> c = costs(profile(2, 1, 3, "CA-MB", List.of(), 24, "0"), NO_AGES.replace("\"programTypes\"",
                    "\"eligibility\": {\"minAge\": 18, \"maxAge\": 30}, \"programTypes\""));
            assertThat(c).singleElement().satisfies(x -> {
                assertThat(x.outcome()).isEqualTo(Match.Outcome.FITS);
                assertThat(x.reason().en()).isEqualTo(
                        "costs you nothing: it waives its fees ($50) for youth, within the ages it sets, which include yours");
            });
        }
    }

    @Nested
    @DisplayName("a producer of 35 whose profile names youth")
    class OlderNamed {

        @Test
        @DisplayName("pays the application fee with the tuition, the ages said as the reason")
        void counted() {
            List<Match.Check> c = costs(profile(2, 1, 3, "CA-MB", List.of("youth"), 35, "400"), LAB);
            assertThat(c).extracting(x -> x.reason().en()).containsExactly(
                    "waives $50 of its fees for youth, within the ages it sets, which do not include yours",
                    "costs $350, your budget is $400");
            assertThat(c.get(0).reason().fr()).isEqualTo(
                    "lève 50 $ de ses frais pour : jeunes, dans la tranche d'âge qu'il fixe, qui ne comprend pas votre âge");
        }
    }

    @Nested
    @DisplayName("as before")
    class AsBefore {

        @Test
        @DisplayName("a profile that names youth and gives no age is waived the fee by the group")
        void noAge() {
            List<Match.Check> c = costs(profile(2, 1, 3, "CA-MB", List.of("youth"), null, "400"), LAB);
            assertThat(c.get(0).reason().en()).isEqualTo("waives $50 of its fees for youth, which your profile names");
        }

        @Test
        @DisplayName("a program that sets no ages waives the fee by the group, whatever the age")
        void noAges() {
            List<Match.Check> c = costs(profile(2, 1, 3, "CA-MB", List.of(), 24, "0"), NO_AGES);
            assertThat(c.get(0).reason().en()).isEqualTo("waives $50 of its fees for youth; your profile does not name it");
        }

        @Test
        @DisplayName("a program that sets only a least age says nothing of who is young: a producer of 60 is not waived the fee by it")
        void leastAgeOnly() {
            List<Match.Check> c = costs(profile(2, 1, 3, "CA-MB", List.of(), 60, "400"), LAB.replace("\"minAge\": 18, \"maxAge\": 30", "\"minAge\": 18"));
            assertThat(c).extracting(x -> x.reason().en()).containsExactly(
                    "waives $50 of its fees for youth; your profile does not name it",
                    "costs $350, your budget is $400");
        }

        @Test
        @DisplayName("places reserved for youth by a program that sets only a least age are not a fit for a producer of 60")
        void placesLeastAgeOnly() {
            Matcher m = new Matcher(profile(2, 1, 3, "CA-MB", List.of(), 60, "400"), false, true);
            m.accept(JsonMapper.builder().build().readTree(LAB.replace("\"minAge\": 18, \"maxAge\": 30", "\"minAge\": 18, \"reservedFor\": [\"youth\"]")));
            List<Match> all = new ArrayList<>(m.matches().fits());
            all.addAll(m.matches().nearMisses());
            all.addAll(m.matches().others());
            assertThat(all.get(0).checks()).filteredOn(c -> c.criterion().equals("target-group")).singleElement()
                    .satisfies(c -> assertThat(c.outcome()).isNotEqualTo(Match.Outcome.FITS));
        }
    }
}
