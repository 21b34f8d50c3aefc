package org.opdl.validator.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A date read without LocalDate.parse's cost")
class IsoDatesTest {

    private static Optional<LocalDate> plain(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "2026-03-01", "2024-02-29", "2025-02-29", "2026-02-30", "2026-13-01", "2026-00-10", "0000-01-01",
        "2026-3-01", "2026/03/01", "2026-03-01T12:00", "+12026-03-01", "-0001-01-01", "２０２６-03-01", "2026-03-0a", "soon",
        "2026-04-31", "9999-12-31", " 2026-03-01"})
    @DisplayName("reads every text as LocalDate.parse does")
    void same(String text) {
        assertThat(IsoDates.date(text)).isEqualTo(plain(text));
    }
}
