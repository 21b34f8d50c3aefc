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
import org.opdl.model.text.Lang;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("F42: with closed programs included, a program whose editions are past is shown with its past edition named")
class PastEditionShownTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A women's business accelerator of a festival, announced for past editions only, with no status. */
    private static String accelerator(String intakes) {
        return """
                {"id": "listing:banff/spark", "title": {"en": "Spark Accelerator for Women in the Business of Media"},
                 "provider": {"name": {"en": "Banff World Media Festival"}}, "url": "https://banff.example/spark",
                 "careerStages": ["emerging", "early-career", "mid-career", "established"], "eligibility": {"reservedFor": ["women"]},
                 "intakes": %s, "statedNone": ["no-fees"]}
                """.formatted(intakes);
    }

    private static Matches match(String listing, boolean includeClosed) {
        Profile p = new Profile(4, 2, 5, "CA-AB", Optional.empty(), List.of("en"), List.of("women"),
                Optional.of(new BigDecimal("500")), OptionalInt.empty(), LocalDate.of(2026, 12, 7));
        Matcher m = new Matcher(p, includeClosed, false);
        m.accept(JSON.readTree(listing));
        return m.matches();
    }

    @Nested
    @DisplayName("an only edition of 2022")
    class OnlyEdition {

        private final String listing = accelerator("[{\"year\": 2022, \"places\": 100}]");

        @Test
        @DisplayName("is listed among the programs that fit, its edition said past and its next call left to watch for, in both languages")
        void shown() {
            Matches m = match(listing, true);
            assertThat(m.fits()).hasSize(1);
            assertThat(m.fits().get(0).checks()).anySatisfy(c -> {
                assertThat(c.criterion()).isEqualTo("edition");
                assertThat(c.outcome()).isEqualTo(Match.Outcome.UNKNOWN);
            });
            assertThat(MatchText.write(m, Lang.EN)).contains("   unknown: its only edition stated, in 2022, is past, and no later one is"
                    + " announced yet: it is shown with the closed programs, so that you can watch for its next call\n");
            assertThat(MatchText.write(m, Lang.FR)).contains(" : sa seule édition indiquée, en 2022, est passée, et aucune autre n'est"
                    + " encore annoncée : il est montré avec les programmes fermés, pour que vous guettiez son prochain appel\n");
        }

        @Test
        @DisplayName("still does not fit when closed programs are not asked for")
        void notAskedFor() {
            Matches m = match(listing, false);
            assertThat(m.fits()).isEmpty();
            assertThat(m.notFitting()).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("several editions past name the last")
    void several() {
        Matches m = match(accelerator("[{\"year\": 2021}, {\"startDate\": \"2022-02-01\", \"endDate\": \"2023-04-30\"}]"), true);
        assertThat(m.fits()).hasSize(1);
        assertThat(MatchText.write(m, Lang.EN)).contains("its last edition stated, in 2023, is past, and no later one is announced yet: it is shown");
        assertThat(MatchText.write(m, Lang.FR)).contains("sa dernière édition indiquée, en 2023, est passée");
    }
}
