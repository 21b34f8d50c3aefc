package org.opdl.schema.json;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.format.Format;
import com.networknt.schema.format.Formats;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code format} checks of the standard's schemas, as JSON Schema 2020-12 defines them through
 * the RFCs it names, where networknt's own depart from those RFCs: {@code email} is an RFC 5321
 * Mailbox (ASCII only: non-ASCII addresses are {@code idn-email}), and {@code date-time} is RFC
 * 3339's, leap second included. Every other format is networknt's. The validator's fast gate uses
 * the same table, so both give one answer.
 */
public final class SpecFormats {

    private static final Format EMAIL = new Named("email", SpecFormats::isMailbox);
    private static final Format DATE_TIME = new Named("date-time", SpecFormats::isDateTime);

    private SpecFormats() {
    }

    /** The 2020-12 dialect with these formats in place of networknt's. */
    public static Dialect dialect() {
        return Dialect.builder(Dialects.getDraft202012()).format(EMAIL).format(DATE_TIME).build();
    }

    /** The check of a format by its name, this table's or networknt's. */
    public static Optional<Format> named(String name) {
        return switch (name) {
            case "email" -> Optional.of(EMAIL);
            case "date-time" -> Optional.of(DATE_TIME);
            default -> Formats.DEFAULT.stream().filter(f -> f.getName().equals(name)).findFirst();
        };
    }

    /** A format given by a test of the string alone. */
    private record Named(String name, Predicate<String> test) implements Format {
        @Override
        public String getName() {
            return name;
        }

        @Override
        public boolean matches(ExecutionContext context, String value) {
            return test.test(value);
        }
    }

    // RFC 5321 section 4.1.2: Mailbox = Local-part "@" ( Domain / address-literal ).
    private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final String QUOTED = "\"(?:[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]|\\\\[\\x20-\\x7E])*\"";
    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?";
    private static final String IPV4 = "(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}"
            + "(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
    private static final Pattern MAILBOX = Pattern.compile("(" + ATOM + "(?:\\." + ATOM + ")*|" + QUOTED + ")@("
            + LABEL + "(?:\\." + LABEL + ")*|\\[" + IPV4 + "]|\\[IPv6:[0-9A-Fa-f:.]+]|\\[[A-Za-z0-9-]*[A-Za-z0-9]:[\\x21-\\x5A\\x5E-\\x7E]+])");

    /** RFC 5321 4.1.2 and the size limits of 4.5.3.1: a local part of 64 octets, a domain of 255. */
    static boolean isMailbox(String s) {
        Matcher m = MAILBOX.matcher(s);
        if (!m.matches() || m.group(1).length() > 64 || m.group(2).length() > 255) {
            return false;
        }
        String domain = m.group(2);
        if (domain.startsWith("[IPv6:")) {
            return Formats.DEFAULT.stream().filter(f -> f.getName().equals("ipv6")).findFirst()
                    .map(f -> f.matches(null, domain.substring(6, domain.length() - 1))).orElse(false);
        }
        return domain.startsWith("[") || Arrays.stream(domain.split("\\.")).allMatch(l -> l.length() <= 63);
    }

    // RFC 3339 section 5.6; "T" and "Z" may be lower case (section 5.6, note).
    private static final Pattern DATE_TIME_SYNTAX = Pattern.compile(
            "([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\\.[0-9]+)?"
                    + "(?:[Zz]|([+-])([0-9]{2}):([0-9]{2}))");

    /**
     * RFC 3339 date-time: a real calendar date, hours to 23, minutes to 59, and a second of 60 only
     * where the time in UTC is 23:59 (a leap second, which RFC 3339 5.7 allows at the end of any day
     * since it cannot know the future ones).
     */
    static boolean isDateTime(String s) {
        Matcher m = DATE_TIME_SYNTAX.matcher(s);
        if (!m.matches()) {
            return false;
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        int hour = Integer.parseInt(m.group(4));
        int minute = Integer.parseInt(m.group(5));
        int second = Integer.parseInt(m.group(6));
        if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()
                || hour > 23 || minute > 59 || second > 60) {
            return false;
        }
        int offset = 0;
        if (m.group(7) != null) {
            int oh = Integer.parseInt(m.group(8));
            int om = Integer.parseInt(m.group(9));
            if (oh > 23 || om > 59) {
                return false;
            }
            offset = (m.group(7).equals("-") ? -1 : 1) * (oh * 60 + om);
        }
        if (second < 60) {
            return true;
        }
        int utc = Math.floorMod(hour * 60 + minute - offset, 24 * 60);
        return utc == 23 * 60 + 59;
    }
}
