package org.opdl.schema.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.regex.RegularExpression;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each row is what a JavaScript engine answers for {@code new RegExp(pattern, "u").test(value)}, the
 * test ajv makes; Java's java.util.regex gives the other answer on every row marked "differs".
 */
@DisplayName("Schema patterns match as ECMA-262 matches them, not as java.util.regex does")
class EcmaPatternTest {

    private static final BoundedRegex REGEX = new BoundedRegex(Duration.ofSeconds(1));

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ^[A-Z]{2}$                        | CA\\n              | false | differs: $ before a final line break
            ^[A-Z]{2}$                        | \\nCA              | false |
            ^[A-Z]{2}$                        | CA                 | true  |
            ^provider:[a-z0-9][a-z0-9-]*$     | provider:cmpa\\n   | false | differs
            \\S                               | \\u3000            | false | differs: U+3000 is a space in ECMA-262
            \\S                               | \\uFEFF            | false | differs: so is U+FEFF
            \\S                               | \\u0085            | true  | U+0085 is not
            \\S                               | \\u00A0\\u2007     | false | differs
            \\S                               | \\u200B            | true  | U+200B is not a space
            \\S                               | \\u0009\\u000B\\n  | false |
            ^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$    | a\\u3000b@c.ca     | false | differs
            ^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$    | ab@c.ca            | true  |
            ^https?://\\S+$                   | https://a.ca/\\u2028 | false | differs
            ^[0-9]{4}$                        | 2025               | true  |
            ^\\d{4}$                          | \\u0662\\u0660\\u0662\\u0665 | false | Arabic-Indic digits are not \\d
            ^\\w+$                            | \\u00E9t\\u00E9    | false | é is not \\w
            ^a.c$                             | a\\u2028c          | false | . stops at U+2028
            ^a.c$                             | a\\uD83D\\uDE00c   | true  | . takes one code point with the u flag
            ^[a\\S]$                          | \\u3000            | false | a class holding \\S
            ^[a\\S]$                          | b                  | true  |
            ^[^a\\S]$                         | \\u3000            | true  | a negated class holding \\S
            ^[^a\\S]$                         | a                  | false |
            ^[a&&b]$                          | &                  | true  | && is two characters
            ^[[a]$                            | [                  | true  | [ inside a class is a character
            \\bfoo\\b                         | \\u00E9foo         | true  | \\b uses the ASCII \\w
            """)
    void matchesAsEcma262(String pattern, String value, boolean expected, String why) {
        RegularExpression re = REGEX.getRegularExpression(pattern);
        assertThat(re.matches(unescape(value))).as(why == null ? "" : why).isEqualTo(expected);
    }

    /** The table writes a value's control and non-ASCII characters as \\uXXXX, and a line break as \\n. */
    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == 'u' && i + 5 < s.length()
                    && s.substring(i + 2, i + 6).matches("[0-9A-Fa-f]{4}")) {
                out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == 'n') {
                out.append('\n');
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
