package org.opdl.validator.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.validator.match.WaysInTest.profile;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("Matching a fee waived for some groups (P32)")
class FeeWaiverTest {

    /** NSI IndigiDocs' $100 application fee, waived for Indigenous, Black and racialized applicants (the waiver illustrative). */
    private static final String WAIVED = """
            {"id": "listing:nsi/indigidocs", "title": {"en": "NSI IndigiDocs"}, "provider": {"name": {"en": "National Screen Institute"}},
             "url": "https://nsi-canada.ca/courses/nsi-indigidocs/apply/", "programTypes": ["course"],
             "fees": [{"feeType": "application-fee", "amount": {"amount": "100.00", "currency": "CAD"},
                       "waivedFor": ["indigenous", "black", "racialized"]}]}
            """;
    /** A lab with a waived application fee and a tuition everyone pays. */
    private static final String WAIVED_AND_TUITION = """
            {"id": "listing:wift/producers-lab", "title": {"en": "Producers Lab"}, "provider": {"name": {"en": "Women in Film & Television"}},
             "url": "https://example.org/lab", "programTypes": ["lab"],
             "fees": [{"feeType": "application-fee", "amount": {"amount": "50.00", "currency": "CAD"}, "waivedFor": ["youth"]},
                      {"feeType": "tuition", "amount": {"amount": "300.00", "currency": "CAD"}}]}
            """;

    private static Matches match(Profile p, String listing) {
        Matcher m = new Matcher(p, false, true);
        m.accept(JsonMapper.builder().build().readTree(listing));
        return m.matches();
    }

    private static List<Match.Check> costs(Matches m) {
        List<Match> all = new ArrayList<>(m.fits());
        all.addAll(m.nearMisses());
        all.addAll(m.others());
        return all.get(0).checks().stream().filter(c -> c.criterion().equals("cost")).toList();
    }

    private static Match.Check cost(Matches m) {
        return costs(m).get(costs(m).size() - 1);
    }

    @Nested
    @DisplayName("for a producer whose profile names one of the groups")
    class Yours {

        @Test
        @DisplayName("the fee costs nothing, and the reason says it is waived for the groups named")
        void waived() {
            Matches m = match(profile(2, 1, 3, "CA-MB", List.of("first-nations"), null, "0"), WAIVED);
            assertThat(m.fits()).hasSize(1);
            Match.Check c = cost(m);
            assertThat(c.outcome()).isEqualTo(Match.Outcome.FITS);
            assertThat(c.reason().en()).isEqualTo(
                    "costs you nothing: it waives its fees ($100) for Indigenous, Black and racialized, which your profile names");
            assertThat(c.reason().fr()).isEqualTo(
                    "ne vous coûte rien : il lève ses frais (100 $) pour : Autochtones, personnes noires et personnes racisées, que votre profil nomme");
        }

        @Test
        @DisplayName("a fee everyone pays is still counted against the budget, the waived one said beside it")
        void partly() {
            Matches m = match(profile(2, 1, 3, "CA-MB", List.of("youth"), 24, "100"), WAIVED_AND_TUITION);
            assertThat(m.fits()).isEmpty();
            List<String> said = costs(m).stream().map(c -> c.reason().en()).toList();
            assertThat(said).containsExactly("waives $50 of its fees for youth, which your profile names",
                    "costs $300, your budget is $100 ($200 over)");
        }
    }

    @Nested
    @DisplayName("for a producer whose profile names none of the groups")
    class Others {

        @Test
        @DisplayName("the fee counts, and the waiver is said so that a producer who left a group out learns of it")
        void counted() {
            Matches m = match(profile(2, 1, 3, "CA-MB", List.of(), null, "0"), WAIVED);
            assertThat(m.fits()).isEmpty();
            List<Match.Check> costs = costs(m);
            assertThat(costs).extracting(c -> c.reason().en()).containsExactly(
                    "waives $100 of its fees for Indigenous, Black and racialized; your profile names none of these",
                    "costs $100, your budget is $0 ($100 over)");
            assertThat(costs.get(0).reason().fr()).isEqualTo(
                    "lève 100 $ de ses frais pour : Autochtones, personnes noires et personnes racisées; votre profil n'en nomme aucun");
            assertThat(costs.get(1).outcome()).isEqualTo(Match.Outcome.DOES_NOT_FIT);
        }

        @Test
        @DisplayName("a budget that covers the fee fits as before")
        void covered() {
            Matches m = match(profile(2, 1, 3, "CA-MB", List.of("women"), null, "150"), WAIVED);
            assertThat(m.fits()).hasSize(1);
            assertThat(cost(m).reason().en()).isEqualTo("costs $100, your budget is $150");
        }
    }
}
