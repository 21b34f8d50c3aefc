package org.opdl.schema.json;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Text;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.ReaderRule;

/**
 * Names, in plain words, the slips of hand-edited JSON that the parser reports only as an
 * unexpected character or token: a comma after the last field or item, single quotes, a {@code #}
 * comment line, a word that is not a JSON value ({@code True}, {@code yes}), a byte-order mark in the
 * middle of the file, left there when files are joined.
 */
final class UnexpectedCharacters {

    /** The parser's words: {@code Unexpected character ('}' (code 125)): was expecting double-quote to start property name}. */
    private static final Pattern CHARACTER = Pattern.compile(
            "^Unexpected character \\('(.+?)' \\(code \\d+\\)\\): (was expecting double-quote to start (?:property|field) name|expected a (?:valid )?value)");
    /** The parser's words: {@code Unrecognized token 'True': was expecting (JSON String, …)}. */
    private static final Pattern TOKEN = Pattern.compile("^Unrecognized token '(.{1,60}?)': was expecting");

    /** The parser's words for a byte-order mark after the start of the file, as when files are joined. */
    private static final String BOM = "(code 65279";

    private UnexpectedCharacters() {
    }

    /** The error for the parser's {@code detail} at {@code where}, or null when it is no slip named here. */
    static ReadException slip(Location where, String detail) {
        if (detail.contains(BOM)) {
            return refuse(where, JsonMessages.SYNTAX_JSON_BOM_INSIDE.text(), JsonMessages.SYNTAX_JSON_BOM_INSIDE_FIX.text());
        }
        Matcher token = TOKEN.matcher(detail);
        if (token.find()) {
            return refuse(where, JsonMessages.SYNTAX_JSON_NOT_A_VALUE.text(token.group(1)),
                    JsonMessages.SYNTAX_JSON_NOT_A_VALUE_FIX.text(token.group(1)));
        }
        Matcher m = CHARACTER.matcher(detail);
        if (!m.find()) {
            return null;
        }
        String c = m.group(1);
        boolean name = m.group(2).startsWith("was expecting");
        if (c.equals("#")) {
            return refuse(where, JsonMessages.SYNTAX_JSON_HASH_COMMENT.text(), JsonMessages.SYNTAX_JSON_COMMENT_FIX.text());
        }
        if (c.equals("'")) {
            return refuse(where, JsonMessages.SYNTAX_JSON_SINGLE_QUOTES.text(), JsonMessages.SYNTAX_JSON_SINGLE_QUOTES_FIX.text());
        }
        if (name && c.equals("}") || !name && c.equals("]")) {
            return refuse(where, JsonMessages.SYNTAX_JSON_TRAILING_COMMA.text(c), JsonMessages.SYNTAX_JSON_TRAILING_COMMA_FIX.text(c));
        }
        return refuse(where, name ? JsonMessages.SYNTAX_JSON_NAME_EXPECTED.text(c) : JsonMessages.SYNTAX_JSON_VALUE_EXPECTED.text(c),
                JsonMessages.SYNTAX_JSON_CORRECT_JSON_PLACE.text());
    }

    private static ReadException refuse(Location where, Text what, Text fix) {
        return new ReadException(ReaderRule.SYNTAX_JSON, where, what, fix);
    }
}
