package org.opdl.validator.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.validator.match.WaysInTest.profile;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("A fee waived for youth and another group says why a producer outside the ages pays it (F62)")
class YouthAndOtherWaiverTest {

    /** An Indigenous screen office's producers' lab for ages 18 to 30, its $75 application fee waived for youth and for Indigenous producers. */
    private static final String LAB = """
            {"id": "listing:iso/producers-lab", "title": {"en": "Producers Lab", "fr": "Laboratoire des producteurs"},
             "provider": {"name": {"en": "Indigenous Screen Office"}}, "url": "https://example.org/lab", "programTypes": ["lab"],
             "eligibility": {"minAge": 18, "maxAge": 30},
             "fees": [{"feeType": "application-fee", "amount": {"amount": "75.00", "currency": "CAD"}, "waivedFor": ["youth", "indigenous"]},
                      {"feeType": "tuition", "amount": {"amount": "300.00", "currency": "CAD"}}]}
            """;

    private static List<Match.Check> costs(Profile p) {
        Matcher m = new Matcher(p, false, true);
        m.accept(JsonMapper.builder().build().readTree(LAB));
        List<Match> all = new ArrayList<>(m.matches().fits());
        all.addAll(m.matches().nearMisses());
        all.addAll(m.matches().others());
        return all.get(0).checks().stream().filter(c -> c.criterion().equals("cost")).toList();
    }

    @Nested
    @DisplayName("a producer of 35 whose profile names youth")
    class PastTheAgesNamingYouth {

        @Test
        @DisplayName("is told the ages are why, not that her profile names none of the groups, in each language")
        void toldTheAges() {
            List<Match.Check> c = costs(profile(2, 1, 3, "CA-MB", List.of("youth"), 35, "400"));
            assertThat(c).extracting(x -> x.reason().en()).containsExactly(
                    "waives $75 of its fees for youth and Indigenous: for youth within the ages it sets, which do not include yours,"
                            + " and your profile names none of the others",
                    "costs $375, your budget is $400");
            assertThat(c.get(0).reason().fr()).isEqualTo("lève 75 $ de ses frais pour : jeunes et Autochtones; pour les jeunes, dans la"
                    + " tranche d'âge qu'il fixe, qui ne comprend pas votre âge, et votre profil ne nomme aucun des autres groupes");
        }
    }

    @Nested
    @DisplayName("a producer of 17 whose profile names no group")
    class BelowTheAges {

        @Test
        @DisplayName("is told the same: the ages for youth, and no other group named")
        void toldTheAges() {
            List<Match.Check> c = costs(profile(0, 0, 1, "CA-MB", List.of(), 17, "400"));
            assertThat(c.get(0).reason().en()).contains("which do not include yours, and your profile names none of the others");
        }
    }

    @Nested
    @DisplayName("as before")
    class AsBefore {

        @Test
        @DisplayName("a producer of 35 who names Indigenous is waived the fee by the group")
        void byTheOtherGroup() {
            List<Match.Check> c = costs(profile(2, 1, 3, "CA-MB", List.of("indigenous"), 35, "400"));
            assertThat(c.get(0).reason().en()).isEqualTo("waives $75 of its fees for youth and Indigenous, which your profile names");
        }

        @Test
        @DisplayName("a producer of 35 who names youth, of a program that sets no ages, is waived the fee by the group")
        void noAges() {
            Matcher m = new Matcher(profile(2, 1, 3, "CA-MB", List.of("youth"), 35, "400"), false, true);
            m.accept(JsonMapper.builder().build().readTree(LAB.replace("\"eligibility\": {\"minAge\": 18, \"maxAge\": 30},", "")));
            List<Match> all = new ArrayList<>(m.matches().fits());
            all.addAll(m.matches().nearMisses());
            all.addAll(m.matches().others());
            assertThat(all.get(0).checks()).filteredOn(x -> x.criterion().equals("cost")).first()
                    .satisfies(x -> assertThat(x.reason().en()).endsWith("which your profile names"));
        }
    }
}
