package org.opdl.validator.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.validator.match.WaysInTest.match;
import static org.opdl.validator.match.WaysInTest.profile;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Matching the real programs of the twelfth round")
class RealProgramsTwelfthRoundTest {

    /** EAVE Producers Workshop: five years and a finished film as lead producer, both, or similar relevant experience. */
    private static final String YEARS_AND_CREDITS_OR_WORDS = """
            {"id": "listing:eave/producers-workshop", "title": {"en": "EAVE Producers Workshop"}, "provider": {"name": {"en": "EAVE"}},
             "url": "https://eave.org/programmes/information/selection-procedure", "programTypes": ["masterclass-workshop"],
             "eligibility": {"minCredits": 1, "minYears": 5, "roles": ["producer"]},
             "eligibilityAlternatives": [{"label": {"en": "Similar relevant experience", "fr": "Expérience comparable"}}]}
            """;
    /** DOC Business Leap: a $25 application fee paid by non-members of DOC only. */
    private static final String NON_MEMBER_FEE = """
            {"id": "listing:doc/business-leap", "title": {"en": "DOC Business Leap"},
             "provider": {"name": {"en": "Documentary Organization of Canada"}}, "url": "https://docorg.ca/doc-business-leap-call-for-submissions/",
             "programTypes": ["company-consulting"], "eligibility": {"minCompletedWorks": 1},
             "fees": [{"feeType": "application-fee", "amount": {"amount": "25.00", "currency": "CAD"}, "nonMembersOnly": true}]}
            """;
    /** WIFTV / WFF Film Market Preparation Mentorship (2014): for members of WIFTV, women. */
    private static final String MEMBERS_ONLY = """
            {"id": "listing:wiftv/film-market-preparation-mentorship", "title": {"en": "WIFTV / WFF Film Market Preparation Mentorship"},
             "provider": {"name": {"en": "Women in Film & Television Vancouver"}}, "url": "https://wiftv.ca/",
             "programTypes": ["mentorship"],
             "eligibility": {"membershipRequired": {"en": "Membership in Women in Film & Television Vancouver.",
                                                    "fr": "Adhésion à Women in Film & Television Vancouver."},
                             "reservedFor": ["women"]}}
            """;

    @Test
    @DisplayName("a way in said only in words may admit a producer whose figures fall short, and is never said to admit them")
    void wayInWords() {
        Matches m = match(profile(4, 3, 3, "CA-ON", List.of(), null, null), YEARS_AND_CREDITS_OR_WORDS);
        assertThat(m.fits()).hasSize(1);
        List<Match.Check> checks = m.fits().get(0).checks();
        assertThat(checks).noneSatisfy(c -> assertThat(c.reason().en()).startsWith("admits you another way"));
        assertThat(checks).anySatisfy(c -> {
            assertThat(c.outcome()).isEqualTo(Match.Outcome.UNKNOWN);
            assertThat(c.reason().en()).isEqualTo("may admit you another way, which your profile cannot show: Similar relevant experience");
            assertThat(c.reason().fr()).isEqualTo("peut vous admettre par une autre voie, que votre profil ne peut montrer : Expérience comparable");
        });
        assertThat(checks).anySatisfy(c -> {
            assertThat(c.outcome()).isEqualTo(Match.Outcome.UNKNOWN);
            assertThat(c.reason().en()).startsWith("otherwise needs at least 5 years").contains("you have 3");
            assertThat(c.reason().fr()).startsWith("sinon, ");
        });
    }

    @Test
    @DisplayName("a producer with the years and the film fits by the figures, with no other way named")
    void bothFigures() {
        Matches m = match(profile(3, 2, 6, "CA-ON", List.of(), null, null), YEARS_AND_CREDITS_OR_WORDS);
        assertThat(m.fits()).hasSize(1);
        assertThat(m.fits().get(0).checks()).extracting(Match.Check::criterion).doesNotContain("alternative");
    }

    @Test
    @DisplayName("a fee for non-members only does not shut out a producer whose budget covers the members' cost")
    void nonMemberFee() {
        Matches m = match(profile(3, 2, 4, "CA-ON", List.of(), null, "0"), NON_MEMBER_FEE);
        assertThat(m.fits()).hasSize(1);
        assertThat(m.fits().get(0).checks()).anySatisfy(c -> {
            assertThat(c.criterion()).isEqualTo("cost");
            assertThat(c.outcome()).isEqualTo(Match.Outcome.UNKNOWN);
            assertThat(c.reason().en()).isEqualTo(
                    "costs $0 for members of the provider and $25 for others; your budget of $0 covers the members' cost only");
            assertThat(c.reason().fr()).isEqualTo(
                    "coûte 0 $ aux membres du fournisseur et 25 $ aux autres; votre budget de 0 $ ne couvre que le coût des membres");
        });
        assertThat(match(profile(3, 2, 4, "CA-ON", List.of(), null, "30"), NON_MEMBER_FEE).fits().get(0).checks())
                .anySatisfy(c -> assertThat(c.reason().en()).isEqualTo("costs $25, your budget is $30"));
    }

    @Test
    @DisplayName("a membership the program requires is said, its fit unknown")
    void membership() {
        Matches m = match(profile(1, 0, 2, "CA-BC", List.of("women"), null, null), MEMBERS_ONLY);
        assertThat(m.fits()).hasSize(1);
        assertThat(m.fits().get(0).checks()).anySatisfy(c -> {
            assertThat(c.criterion()).isEqualTo("membership");
            assertThat(c.outcome()).isEqualTo(Match.Outcome.UNKNOWN);
            assertThat(c.reason().en()).isEqualTo(
                    "asks for a membership (\"Membership in Women in Film & Television Vancouver\"); your profile names no memberships");
            assertThat(c.reason().fr()).isEqualTo(
                    "demande une adhésion (« Adhésion à Women in Film & Television Vancouver »); votre profil ne nomme aucune adhésion");
        });
    }
}
