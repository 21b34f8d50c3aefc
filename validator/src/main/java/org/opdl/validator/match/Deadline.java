package org.opdl.validator.match;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An application deadline read from a listing, as {@link LocalDate#parse} reads it but without
 * its cost on the common cases: an intake with no deadline made {@code parse} build and throw an
 * exception, and one with a plain {@code 2026-03-01} went through a general formatter. Both were
 * two fifths of matching's own time; any other text still goes to {@code parse}.
 */
final class Deadline {

    private Deadline() {
    }

    /** The day {@code text} names in ISO 8601 ({@code 2026-03-01}), or empty when it names none. */
    static Optional<LocalDate> of(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                try {
                    return Optional.of(LocalDate.of(year, month, day));
                } catch (DateTimeException e) {
                    return Optional.empty(); // A 30 February or a 13th month: no day.
                }
            }
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The number the ASCII digits from {@code from} to {@code to} write, or -1 when one is not a digit. */
    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
