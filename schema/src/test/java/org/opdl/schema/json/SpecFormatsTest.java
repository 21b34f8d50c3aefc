package org.opdl.schema.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("email and date-time are checked as their RFCs define them")
class SpecFormatsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            mentorship@cmpa.ca                | true  | RFC 5321 dot-string
            a..b@example.ca                   | false | two dots in a row
            .a@example.ca                     | false | a leading dot
            a.@example.ca                     | false | a trailing dot
            "a..b"@example.ca                 | true  | a quoted local part may hold them
            a@[127.0.0.1]                     | true  | an address literal
            a@[IPv6:2001:db8::1]              | true  | an IPv6 address literal
            a@[IPv6:zz]                       | false | not an IPv6 address
            a@example                         | true  | one label is a Domain in RFC 5321
            \u00E9@example.ca                 | false | non-ASCII is idn-email, not email
            a@ex\u00E4mple.ca                 | false | so is a non-ASCII domain
            a@-example.ca                     | false | a label starts with a letter or digit
            a b@example.ca                    | false | a space outside quotes
            info@example.ca\\n                | false | a trailing line break
            """)
    void email(String value, boolean valid, String why) {
        assertThat(SpecFormats.isMailbox(unescape(value))).as(why).isEqualTo(valid);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-03-01T10:00:00Z              | true  |
            2025-03-01T10:00:00.5-05:00       | true  |
            2016-12-31T23:59:60Z              | true  | a leap second
            2016-12-31T18:59:60-05:00         | true  | the same leap second, in Toronto
            2025-03-01T12:59:60Z              | false | 60 seconds only at 23:59 UTC
            2025-03-01t10:00:00z              | true  | lower-case t and z (RFC 3339 5.6, note)
            2025-03-01 10:00:00Z              | false | a space is not the separator of the grammar
            2025-03-01T10:00:00               | false | no offset
            2025-02-29T10:00:00Z              | false | not a leap year
            2024-02-29T10:00:00Z              | true  | a leap year
            2025-03-01T24:00:00Z              | false | hour 24
            2025-03-01T10:00:00+24:00         | false | offset hour 24
            2025-03-01T10:00:00Z\\n           | false | a trailing line break
            """)
    void dateTime(String value, boolean valid, String why) {
        assertThat(SpecFormats.isDateTime(unescape(value))).as(why == null ? "" : why).isEqualTo(valid);
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("\\u", i) && i + 6 <= s.length()) {
                out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else if (s.startsWith("\\n", i)) {
                out.append('\n');
                i++;
            } else {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }
}
