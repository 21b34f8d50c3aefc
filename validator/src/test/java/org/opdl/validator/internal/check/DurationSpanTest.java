package org.opdl.validator.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DurationSpanTest {

    private static DurationSpan span(String text) {
        return DurationSpan.of(text).orElseThrow();
    }

    @Test
    @DisplayName("20 weeks written in days is one length, the shortest of a 20-to-22-week placement")
    void daysAreExact() {
        assertThat(span("P140D")).isEqualTo(new DurationSpan(140 * 86_400L, 140 * 86_400L));
        assertThat(span("P154D").surelyLongerThan(span("P140D"))).isTrue();
        assertThat(span("P140D").surelyLongerThan(span("P140D"))).isFalse();
    }

    @Test
    @DisplayName("a month is 28 to 31 days, so 5 months and 150 days are not ordered, but 6 months outlast 20 weeks")
    void monthsAreRanges() {
        assertThat(span("P5M").surelyLongerThan(span("P150D"))).isFalse();
        assertThat(span("P150D").surelyLongerThan(span("P5M"))).isFalse();
        assertThat(span("P6M").surelyLongerThan(span("P140D"))).isTrue();
        assertThat(span("P1Y")).isEqualTo(new DurationSpan(365 * 86_400L, 366 * 86_400L));
    }

    @Test
    @DisplayName("hours, minutes and fractional seconds count; a fraction is rounded outwards")
    void timeParts() {
        assertThat(span("PT2H30M")).isEqualTo(new DurationSpan(9_000L, 9_000L));
        assertThat(span("PT1.5S")).isEqualTo(new DurationSpan(1L, 2L));
        assertThat(span("P1DT1H").surelyLongerThan(span("P1D"))).isTrue();
    }

    @Test
    @DisplayName("what is no duration in the standard's form, or too large to compare, is not read")
    void notRead() {
        assertThat(DurationSpan.of("P")).isEmpty();
        assertThat(DurationSpan.of("P1DT")).isEmpty();
        assertThat(DurationSpan.of("P20W")).isEmpty();
        assertThat(DurationSpan.of("20 weeks")).isEmpty();
        assertThat(DurationSpan.of("P99999999999Y")).isEmpty();
    }
}
