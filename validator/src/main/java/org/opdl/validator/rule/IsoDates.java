package org.opdl.validator.rule;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads the ISO 8601 dates and date-times listings hold, for rules and for matching. The usual
 * shapes are read by hand, since the general parsers dominated profiles; any other shape goes to
 * them, so the answers are theirs.
 */
public final class IsoDates {

    private IsoDates() {
    }

    /**
     * The day {@code s} names as {@link LocalDate#parse} reads it, or empty when it names none. An
     * empty text and yyyy-mm-dd are read without the general parser (and without an exception).
     */
    public static Optional<LocalDate> date(String s) {
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            int y = digits(s, 0, 4);
            int m = digits(s, 5, 7);
            int d = digits(s, 8, 10);
            if (y >= 0 && m >= 0 && d >= 0) {
                try {
                    return Optional.of(LocalDate.of(y, m, d));
                } catch (DateTimeException e) {
                    return Optional.empty();
                }
            }
        }
        try {
            return Optional.of(LocalDate.parse(s));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The whole number the characters from {@code from} to {@code to} spell in ASCII digits, or -1. */
    public static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /**
     * Reads {@code yyyy-mm-ddThh:mm:ss} with {@code Z} or {@code ±hh:mm} by hand, as for dates; other
     * shapes (fractions of a second, lower case) go to the general parser.
     */
    public static Optional<OffsetDateTime> dateTime(String s) {
        int n = s.length();
        if ((n == 20 && s.charAt(19) == 'Z' || n == 25 && (s.charAt(19) == '+' || s.charAt(19) == '-') && s.charAt(22) == ':')
                && s.charAt(10) == 'T' && s.charAt(13) == ':' && s.charAt(16) == ':') {
            Optional<LocalDate> date = date(s.substring(0, 10));
            int h = digits(s, 11, 13);
            int m = digits(s, 14, 16);
            int sec = digits(s, 17, 19);
            int oh = n == 25 ? digits(s, 20, 22) : 0;
            int om = n == 25 ? digits(s, 23, 25) : 0;
            if (date.isPresent() && h >= 0 && m >= 0 && sec >= 0 && oh >= 0 && om >= 0) {
                int sign = n == 25 && s.charAt(19) == '-' ? -1 : 1;
                try {
                    return Optional.of(OffsetDateTime.of(date.get(), LocalTime.of(h, m, sec),
                            ZoneOffset.ofHoursMinutes(sign * oh, sign * om)));
                } catch (DateTimeException e) {
                    return Optional.empty();
                }
            }
        }
        try {
            return Optional.of(OffsetDateTime.parse(s));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
