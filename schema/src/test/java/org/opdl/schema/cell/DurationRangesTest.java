package org.opdl.schema.cell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.schema.cell.DurationRanges.Ends;

/** Durations and ranges of durations told apart without an exception for every cell that is no one duration. */
@DisplayName("Durations and ranges of durations as coordinators type them")
class DurationRangesTest {

    @Test
    @DisplayName("one duration in words or ISO 8601 is read; a range or a word is no one duration, and says so without throwing")
    void oneDurationOrNone() {
        assertThat(CellDurations.readIso("6 mois")).contains("P6M");
        assertThat(CellDurations.readIso("P3W")).contains("P21D");
        assertThat(CellDurations.readIso("20 à 22 semaines")).isEmpty();
        assertThat(CellDurations.readIso("varies")).isEmpty();
    }

    @Test
    @DisplayName("the throwing reading still refuses a cell that is no duration, for the callers that report it")
    void isoStillRefuses() {
        assertThatThrownBy(() -> CellDurations.iso("selon le projet")).isInstanceOf(Unreadable.class);
        assertThat(CellDurations.iso("1 year")).isEqualTo("P1Y");
    }

    @Test
    @DisplayName("a range gives both ends, the first taking the unit of the second; one duration or a word is no range")
    void rangesAndNoRanges() {
        assertThat(DurationRanges.ends("20 à 22 semaines")).contains(new Ends("P140D", "P154D"));
        assertThat(DurationRanges.ends("from 4 to 6 months")).contains(new Ends("P4M", "P6M"));
        assertThat(DurationRanges.ends("6 weeks to 2 months")).contains(new Ends("P42D", "P2M"));
        assertThat(DurationRanges.ends("6 mois")).isEmpty();
        assertThat(DurationRanges.ends("de jour à minuit")).isEmpty();
    }
}
