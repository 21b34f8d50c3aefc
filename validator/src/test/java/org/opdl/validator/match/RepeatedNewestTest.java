package org.opdl.validator.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.validator.match.WaysInTest.profile;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("A program read twice is matched by its copy updated last, whichever file came first (F66)")
class RepeatedNewestTest {

    /** A Winnipeg producers' lab; its status, tuition and date of update put in by each copy. */
    private static final String LAB = """
            {"id": "listing:owm/producers-lab", "title": {"en": "Producers Lab"}, "provider": {"name": {"en": "On Screen Manitoba"}},
             "url": "https://example.org/lab", "programTypes": ["lab"], "status": "%s",
             "fees": [{"feeType": "tuition", "amount": {"amount": "%s", "currency": "CAD"}}], "lastUpdated": "%s"}
            """;

    private static Matches matched(String... copies) {
        Matcher m = new Matcher(profile(2, 1, 3, "CA-MB", List.of(), 30, "400"), false, true);
        for (String c : copies) {
            m.accept(JsonMapper.builder().build().readTree(c));
        }
        return m.matches();
    }

    private static List<Match> listed(Matches m) {
        return Stream.of(m.fits(), m.nearMisses(), m.others()).flatMap(List::stream).toList();
    }

    @Nested
    @DisplayName("the provider's own file, updated in November, read after the body's dataset of September")
    class NewerSecond {

        @Test
        @DisplayName("is the copy matched: its lower tuition fits the budget, the older copy's is nowhere")
        void newerKept() {
            Matches m = matched(LAB.formatted("open", "600.00", "2026-09-01T09:00:00-05:00"), LAB.formatted("open", "300.00", "2026-11-20T09:00:00-06:00"));
            assertThat(listed(m)).singleElement().satisfies(x -> {
                assertThat(x.verdict()).isEqualTo(Match.Verdict.FITS);
                assertThat(x.checks()).anySatisfy(c -> assertThat(c.reason().en()).isEqualTo("costs $300, your budget is $400"));
            });
            assertThat(m.repeated()).isEqualTo(1);
            assertThat(m.notFitting()).isZero();
            assertThat(m.read()).isEqualTo(m.fits().size() + m.nearMisses().size() + m.notFitting() + m.closed() + m.repeated());
        }

        @Test
        @DisplayName("a newer copy that opens a program the older said closed brings it back, and the closed count with it")
        void reopened() {
            Matches m = matched(LAB.formatted("closed", "300.00", "2026-01-10T00:00:00Z"), LAB.formatted("open", "300.00", "2026-11-20T00:00:00Z"));
            assertThat(m.closed()).isZero();
            assertThat(m.fits()).hasSize(1);
        }
    }

    @Nested
    @DisplayName("as before")
    class AsBefore {

        @Test
        @DisplayName("an older copy read second is left out, as is a copy that does not say when it was updated")
        void olderLeft() {
            Matches older = matched(LAB.formatted("open", "300.00", "2026-11-20T00:00:00Z"), LAB.formatted("open", "600.00", "2026-09-01T00:00:00Z"));
            assertThat(listed(older)).singleElement().satisfies(x -> assertThat(x.verdict()).isEqualTo(Match.Verdict.FITS));
            Matches undated = matched(LAB.formatted("open", "300.00", "2026-11-20T00:00:00Z"), LAB.formatted("open", "600.00", "no date"));
            assertThat(listed(undated)).singleElement().satisfies(x -> assertThat(x.verdict()).isEqualTo(Match.Verdict.FITS));
            assertThat(undated.repeated()).isEqualTo(1);
        }
    }
}
