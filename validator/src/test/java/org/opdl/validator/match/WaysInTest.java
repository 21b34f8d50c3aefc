package org.opdl.validator.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("Matching the shapes of eligibility that standard 0.2 gives")
class WaysInTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate DAY = LocalDate.of(2026, 12, 5);

    /** An accelerator: at most one credit, or any stage for equity-deserving producers. */
    private static final String ACCELERATOR = """
            {"id": "listing:ipf/accelerator", "title": {"en": "Producers Accelerator"}, "provider": {"name": {"en": "IPF"}},
             "url": "https://ipf.example/accelerator", "careerStages": ["emerging", "early-career"],
             "eligibility": {"maxCredits": 1, "residence": ["CA"]},
             "eligibilityAlternatives": [{"label": {"en": "Producers from equity-deserving groups, at any stage",
               "fr": "Productrices et producteurs en quête d'équité, à tout stade"}, "targetGroup": "equity-deserving"}],
             "workingLanguages": ["en"], "status": "open", "statedNone": ["no-fees"]}
            """;
    /** A market with two streams: one up to early career, one for mid-career producers with 3 to 6 credits. */
    private static final String STREAMS = """
            {"id": "listing:rvq/marche", "title": {"fr": "Marché des coproductions"}, "provider": {"name": {"fr": "RVQ"}},
             "url": "https://rvq.example/marche", "careerStages": ["emerging", "early-career", "mid-career"],
             "streams": [{"name": {"fr": "Relève", "en": "Emerging"}, "lowestStage": "emerging", "highestStage": "early-career"},
                         {"name": {"fr": "Mi-carrière", "en": "Mid-career"}, "minCredits": 3, "maxCredits": 6}],
             "eligibility": {"residence": ["CA-QC"], "workRegion": ["CA-QC"]},
             "workingLanguages": ["fr"], "status": "open"}
            """;
    /** A mentorship reserved for Black producers, with priority to women, ages 18 to 35. */
    private static final String RESERVED = """
            {"id": "listing:bsf/mentorship", "title": {"en": "Producer Mentorship"}, "provider": {"name": {"en": "BSF"}},
             "url": "https://bsf.example/m", "careerStages": ["emerging"],
             "eligibility": {"reservedFor": ["black"], "prioritised": ["women"], "minAge": 18, "maxAge": 35, "residence": ["CA"]},
             "workingLanguages": ["en"], "status": "open",
             "fees": [{"feeType": "application-fee", "amount": {"amount": "50.00", "currency": "CAD"}}]}
            """;

    /** A placement reserved for Indigenous producers, with priority to applicants from Saskatchewan, as the Bob Crowe program. */
    private static final String PRIORITY_REGION = """
            {"id": "listing:cmpa/bob-crowe-mentorship", "title": {"en": "Bob Crowe Mentorship"}, "provider": {"name": {"en": "CMPA"}},
             "url": "https://cmpa.example/bob-crowe", "careerStages": ["emerging"],
             "eligibility": {"reservedFor": ["indigenous"], "prioritisedRegions": ["CA-SK"], "residence": ["CA"]},
             "workingLanguages": ["en"], "status": "open"}
            """;

    static Profile profile(int works, int credits, int years, String region, List<String> groups, Integer age, String budget) {
        return new Profile(works, credits, years, region, Optional.empty(), List.of("en", "fr"), groups,
                Optional.ofNullable(budget).map(BigDecimal::new), age == null ? OptionalInt.empty() : OptionalInt.of(age), DAY);
    }

    static Matches match(Profile p, String listing) {
        Matcher m = new Matcher(p, false);
        m.accept(JSON.readTree(listing));
        return m.matches();
    }

    @Nested
    @DisplayName("other ways in")
    class Alternatives {

        @Test
        @DisplayName("the listing's own bound admits an emerging producer, with no alternative named")
        void ownWay() {
            Matches m = match(profile(1, 0, 1, "CA-ON", List.of(), null, null), ACCELERATOR);
            assertThat(m.fits()).hasSize(1);
            assertThat(m.fits().get(0).checks()).extracting(Match.Check::criterion).doesNotContain("alternative");
        }

        @Test
        @DisplayName("a mid-career Indigenous producer gets in the other way, since Indigenous is narrower than equity-deserving")
        void alternativeByNarrowerGroup() {
            Matches m = match(profile(6, 4, 8, "CA-BC", List.of("indigenous"), null, null), ACCELERATOR);
            assertThat(m.fits()).hasSize(1);
            assertThat(m.fits().get(0).checks()).anySatisfy(c -> {
                assertThat(c.criterion()).isEqualTo("alternative");
                assertThat(c.reason().en()).isEqualTo("admits you another way: Producers from equity-deserving groups, at any stage");
                assertThat(c.reason().fr()).startsWith("vous admet par une autre voie : Productrices");
            });
        }

        @Test
        @DisplayName("a mid-career producer who names no group does not fit either way")
        void neither() {
            Matches m = match(profile(6, 4, 8, "CA-BC", List.of(), null, null), ACCELERATOR);
            assertThat(m.fits()).isEmpty();
            assertThat(m.notFitting()).isEqualTo(1);
        }

        @Test
        @DisplayName("a stated \"no fees\" makes the program free, not unknown")
        void statedFree() {
            Matches m = match(profile(1, 0, 1, "CA-ON", List.of(), null, null), ACCELERATOR);
            assertThat(m.fits().get(0).checks()).anySatisfy(c -> {
                assertThat(c.criterion()).isEqualTo("cost");
                assertThat(c.outcome()).isEqualTo(Match.Outcome.FITS);
                assertThat(c.reason().en()).isEqualTo("is free");
            });
        }
    }

    @Nested
    @DisplayName("streams")
    class Streams {

        @Test
        @DisplayName("an early-career producer fits the emerging stream by its stage range")
        void byStage() {
            Matches m = match(profile(1, 1, 1, "CA-QC", List.of(), null, null), STREAMS);
            assertThat(m.fits()).hasSize(1);
            assertThat(m.fits().get(0).checks()).anySatisfy(c ->
                    assertThat(c.reason().en()).isEqualTo("its stream \"Emerging\" fits you"));
        }

        @Test
        @DisplayName("a producer with 3 credits fits the mid-career stream by its bounds")
        void byBounds() {
            Matches m = match(profile(4, 3, 5, "CA-QC", List.of(), null, null), STREAMS);
            assertThat(m.fits()).hasSize(1);
            assertThat(m.fits().get(0).checks()).anySatisfy(c ->
                    assertThat(c.reason().fr()).isEqualTo("volet « Mi-carrière » : exige au moins 3 crédits, vous en avez 3"));
        }

        @Test
        @DisplayName("one credit over the highest stream is a near miss naming that stream")
        void nearest() {
            Matches m = match(profile(8, 7, 12, "CA-QC", List.of(), null, null), STREAMS);
            assertThat(m.fits()).isEmpty();
            assertThat(m.nearMisses()).hasSize(1);
            assertThat(m.nearMisses().get(0).checks()).anySatisfy(c ->
                    assertThat(c.reason().en()).isEqualTo("stream \"Mid-career\": allows at most 6 credits, you have 7"));
        }

        @Test
        @DisplayName("a stream's own figures define its stage label: Banff's \"Mid-career\" of 2 credits admits a producer with 2 credits")
        void streamFiguresOverItsLabel() {
            String dov = """
                    {"id": "listing:banff/diversity-of-voices", "title": {"en": "BANFF Diversity of Voices"},
                     "provider": {"name": {"en": "Banff World Media Festival"}}, "url": "https://dov.banffmediafestival.playbackonline.ca/",
                     "careerStages": ["mid-career", "established"], "eligibility": {"maxEmployees": 3},
                     "streams": [{"name": {"en": "Mid-career"}, "lowestStage": "mid-career", "highestStage": "mid-career", "minCredits": 2},
                                 {"name": {"en": "Established"}, "lowestStage": "established", "highestStage": "established", "minCredits": 3}]}
                    """;
            Matches two = match(profile(4, 2, 4, "CA-BC", List.of(), null, null), dov);
            assertThat(two.fits()).as("2 credits and 4 years: early career on the scale, mid-career in Banff's own words").hasSize(1);
            assertThat(two.fits().get(0).checks()).anySatisfy(c ->
                    assertThat(c.reason().en()).isEqualTo("stream \"Mid-career\": needs at least 2 credits, you have 2"))
                    .noneSatisfy(c -> assertThat(c.reason().en()).contains("admits the stages"));
            Matches one = match(profile(2, 1, 2, "CA-BC", List.of(), null, null), dov);
            assertThat(one.fits()).isEmpty();
            assertThat(one.nearMisses().get(0).checks()).anySatisfy(c ->
                    assertThat(c.reason().en()).startsWith("stream \"Mid-career\": needs at least 2 credits, you have 1"));
        }

        @Test
        @DisplayName("a stream of one stage and no figures is said as that stage alone, not \"from Mid-career to Mid-career\"")
        void oneStage() {
            String lab = """
                    {"id": "listing:nsi/series-incubator", "title": {"en": "Series Incubator"},
                     "provider": {"name": {"en": "National Screen Institute"}}, "url": "https://nsi-canada.ca/",
                     "streams": [{"name": {"en": "Mid-career", "fr": "Mi-carrière"}, "lowestStage": "mid-career", "highestStage": "mid-career"}]}
                    """;
            Matches m = match(profile(1, 1, 1, "CA-MB", List.of(), null, null), lab);
            assertThat(m.fits()).isEmpty();
            assertThat(m.notFitting()).isEqualTo(1);
            Matches mid = match(profile(6, 4, 6, "CA-MB", List.of(), null, null), lab);
            assertThat(mid.fits()).hasSize(1);
            assertThat(mid.fits().get(0).checks()).anySatisfy(c -> {
                assertThat(c.reason().en()).isEqualTo("stream \"Mid-career\": admits the mid-career stage only; your record is at the mid-career stage");
                assertThat(c.reason().fr()).isEqualTo("volet « Mi-carrière » : n'admet que le stade mi-carrière; votre parcours est au stade mi-carrière");
            });
        }

        @Test
        @DisplayName("living in Quebec but working in Ontario misses the work region")
        void workRegion() {
            Profile p = new Profile(1, 1, 1, "CA-QC", Optional.of("CA-ON"), List.of("fr"), List.of(), Optional.empty(),
                    OptionalInt.empty(), DAY);
            Matches m = match(p, STREAMS);
            assertThat(m.notFitting()).isEqualTo(1);
        }
    }

    @Nested
    @DisplayName("groups, ages and money")
    class Audience {

        @Test
        @DisplayName("a region given priority shuts no one out, and says whether it is the producer's")
        void prioritisedRegion() {
            Matches home = match(profile(1, 0, 1, "CA-SK", List.of("indigenous"), 30, null), PRIORITY_REGION);
            assertThat(home.fits()).hasSize(1);
            assertThat(home.fits().get(0).checks()).anySatisfy(c ->
                    assertThat(c.reason().en()).isEqualTo("gives priority to applicants from Saskatchewan, where you live"));
            Matches away = match(profile(1, 0, 1, "CA-ON", List.of("indigenous"), 30, null), PRIORITY_REGION);
            assertThat(away.fits()).hasSize(1);
            assertThat(away.fits().get(0).checks()).anySatisfy(c -> {
                assertThat(c.reason().en()).isEqualTo("gives priority to applicants from Saskatchewan; others may apply");
                assertThat(c.reason().fr()).isEqualTo("donne la priorité aux candidats de : Saskatchewan; les autres peuvent postuler");
            });
        }

        @Test
        @DisplayName("places reserved for a group the profile does not name do not fit; priority shuts no one out")
        void reserved() {
            assertThat(match(profile(1, 0, 1, "CA-ON", List.of("women"), 30, null), RESERVED).notFitting()).isEqualTo(1);
            Matches member = match(profile(1, 0, 1, "CA-ON", List.of("black"), 30, null), RESERVED);
            assertThat(member.fits()).hasSize(1);
            assertThat(member.fits().get(0).checks()).anySatisfy(c ->
                    assertThat(c.reason().en()).isEqualTo("gives priority to women; others may apply"));
        }

        @Test
        @DisplayName("one year over the age limit is a near miss; five years over does not fit")
        void age() {
            assertThat(match(profile(1, 0, 1, "CA-ON", List.of("black"), 36, null), RESERVED).nearMisses()).hasSize(1);
            assertThat(match(profile(1, 0, 1, "CA-ON", List.of("black"), 40, null), RESERVED).notFitting()).isEqualTo(1);
        }

        @Test
        @DisplayName("a fee a tenth over the budget is a near miss, in plain words")
        void budget() {
            Matches near = match(profile(1, 0, 1, "CA-ON", List.of("black"), 30, "46"), RESERVED);
            assertThat(near.nearMisses()).hasSize(1);
            assertThat(near.nearMisses().get(0).checks()).anySatisfy(c -> {
                assertThat(c.reason().en()).isEqualTo("costs $50, your budget is $46 ($4 over)");
                assertThat(c.reason().fr()).isEqualTo("coûte 50 $, votre budget est de 46 $ (4 $ de trop)");
            });
            assertThat(match(profile(1, 0, 1, "CA-ON", List.of("black"), 30, "20"), RESERVED).notFitting()).isEqualTo(1);
        }
    }
}
