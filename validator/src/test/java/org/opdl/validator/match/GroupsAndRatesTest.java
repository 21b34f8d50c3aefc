package org.opdl.validator.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.validator.match.WaysInTest.profile;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("The reasons of a match name groups as a sentence does, and a fee stated at several amounts once")
class GroupsAndRatesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A Winnipeg lab reserved for women and Black producers, priority to newcomers, welcoming Deaf and disabled producers. */
    private static final String LAB = """
            {"id": "listing:wfg/spring-lab", "title": {"en": "Spring Producers Lab", "fr": "Laboratoire de production du printemps"},
             "provider": {"name": {"en": "Winnipeg Film Group"}}, "url": "https://example.org/spring-lab", "programTypes": ["lab"],
             "careerStages": ["emerging"], "workingLanguages": ["en"], "status": "open",
             "eligibility": {"reservedFor": ["women", "black"], "prioritised": ["newcomers", "first-nations"],
                             "welcomed": ["deaf-disability", "francophone", "2slgbtqi"]}}
            """;

    /** A market whose tuition is $400 until the early-bird deadline and $500 after, with a $25 application fee. */
    private static final String EARLY_BIRD = """
            {"id": "listing:example/pitch-market", "title": {"en": "Prairie Pitch Market"}, "provider": {"name": {"en": "Prairie Producers"}},
             "url": "https://example.org/pitch", "programTypes": ["market"], "careerStages": ["emerging"], "workingLanguages": ["en"],
             "status": "open", "fees": [{"feeType": "tuition", "amount": {"amount": "400.00", "currency": "CAD"}},
                      {"feeType": "tuition", "amount": {"amount": "500.00", "currency": "CAD"}},
                      {"feeType": "application-fee", "amount": {"amount": "25.00", "currency": "CAD"}}],
             "moneyNotes": {"en": "Early-bird tuition of $400 until March 1, 2027; $500 after."}}
            """;

    /** A workshop whose tuition is $300 for members of the provider and $450 for others, written as two tuitions. */
    private static final String MEMBER_RATE = """
            {"id": "listing:example/budgeting", "title": {"en": "Budgeting Workshop"}, "provider": {"name": {"en": "Prairie Producers"}},
             "url": "https://example.org/budgeting", "programTypes": ["masterclass-workshop"], "careerStages": ["emerging"],
             "workingLanguages": ["en"], "status": "open",
             "fees": [{"feeType": "tuition", "amount": {"amount": "300.00", "currency": "CAD"}},
                      {"feeType": "tuition", "amount": {"amount": "450.00", "currency": "CAD"}, "nonMembersOnly": true}]}
            """;

    private static List<Match.Check> checks(Profile p, String listing, String criterion) {
        Matcher m = new Matcher(p, false, true);
        m.accept(JSON.readTree(listing));
        Matches all = m.matches();
        List<Match.Check> out = new ArrayList<>();
        for (List<Match> list : List.of(all.fits(), all.nearMisses(), all.others())) {
            list.forEach(match -> match.checks().stream().filter(c -> c.criterion().equals(criterion)).forEach(out::add));
        }
        return out;
    }

    @Nested
    @DisplayName("F26: target groups mid-sentence")
    class Groups {

        @Test
        @DisplayName("are written as common nouns, in both languages, where each label began with its capital")
        void lowerCase() {
            List<Match.Check> c = checks(profile(2, 1, 3, "CA-MB", List.of(), null, null), LAB, "target-group");
            assertThat(c).extracting(x -> x.reason().en()).containsExactly(
                    "reserved for women and Black; your profile names none of these",
                    "gives priority to newcomers and First Nations; others may apply",
                    "especially welcomes Deaf and persons with disabilities; Francophones; and 2SLGBTQI+");
            assertThat(c).extracting(x -> x.reason().fr()).containsExactly(
                    "réservé à : femmes et personnes noires; votre profil n'en nomme aucun",
                    "donne la priorité à : personnes nouvellement arrivées et Premières Nations; les autres peuvent postuler",
                    "invite particulièrement : personnes sourdes et personnes handicapées; francophones; et 2ELGBTQI+");
        }

        @Test
        @DisplayName("keep the capital of the names of peoples as the standard writes them")
        void properNouns() {
            List<Match.Check> c = checks(profile(2, 1, 3, "CA-MB", List.of("first-nations"), null, null), LAB, "target-group");
            assertThat(c.get(1).reason().en()).isEqualTo("gives priority to newcomers and First Nations, which your profile names");
            assertThat(Words.label("target-group", "indigenous").fr()).isEqualTo("Autochtones");
            assertThat(Words.label("target-group", "metis")).extracting(t -> t.en() + "/" + t.fr()).isEqualTo("Métis/Métis");
            assertThat(Words.label("target-group", "equity-deserving").fr()).isEqualTo("groupes en quête d'équité");
        }

        @Test
        @DisplayName("leave the labels of other schemes, provinces among them, as they are")
        void otherSchemes() {
            assertThat(Words.label("region", "CA-MB").en()).isEqualTo("Manitoba");
        }
    }

    @Nested
    @DisplayName("F27: a fee stated at several amounts")
    class Rates {

        @Test
        @DisplayName("is counted once, at its highest amount, and the reason names the amounts and the one counted")
        void earlyBird() {
            List<Match.Check> c = checks(profile(2, 1, 3, "CA-MB", List.of(), null, "600"), EARLY_BIRD, "cost");
            assertThat(c).hasSize(1);
            assertThat(c.get(0).outcome()).isEqualTo(Match.Outcome.FITS);
            assertThat(c.get(0).reason().en()).isEqualTo("costs $525, your budget is $600; its tuition is stated at several"
                    + " amounts ($400 and $500), of which a participant pays one: $500 is counted");
            assertThat(c.get(0).reason().fr()).isEqualTo("coûte 525 $, votre budget est de 600 $; ses frais de formation sont"
                    + " indiqués à plusieurs montants (400 $ et 500 $), dont une personne ne paie qu'un : 500 $ est compté");
        }

        @Test
        @DisplayName("is judged on what one participant pays, so a budget short of the sum of the rates is not shut out")
        void notShutOut() {
            List<Match.Check> c = checks(profile(2, 1, 3, "CA-MB", List.of(), null, "500"), EARLY_BIRD, "cost");
            assertThat(c.get(0).outcome()).isEqualTo(Match.Outcome.DOES_NOT_FIT);
            assertThat(c.get(0).near()).isTrue();
            assertThat(c.get(0).reason().en()).startsWith("costs $525, your budget is $500 ($25 over); its tuition");
        }

        @Test
        @DisplayName("for non-members only is the others' rate, not a second tuition on top of the members'")
        void memberRate() {
            List<Match.Check> c = checks(profile(2, 1, 3, "CA-MB", List.of(), null, "350"), MEMBER_RATE, "cost");
            assertThat(c).extracting(x -> x.reason().en()).containsExactly(
                    "costs $300 for members of the provider and $450 for others; your budget of $350 covers the members' cost only");
        }

        @Test
        @DisplayName("stated twice at the same amount is one fee, with nothing more to say")
        void sameAmountTwice() {
            String twice = EARLY_BIRD.replace("\"400.00\"", "\"500.00\"");
            List<Match.Check> c = checks(profile(2, 1, 3, "CA-MB", List.of(), null, "600"), twice, "cost");
            assertThat(c).extracting(x -> x.reason().en()).containsExactly("costs $525, your budget is $600");
        }
    }
}
