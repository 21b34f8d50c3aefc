package org.opdl.schema.json;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opdl.model.finding.Location;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ReaderRule;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;

/** Builds the hardened Jackson factory and turns Jackson's errors into {@link ReadException}s. */
final class Parsers {

    private Parsers() {
    }

    /**
     * A JSON factory that enforces {@code limits} and refuses duplicate keys. Property names are
     * interned: Jackson keeps each distinct name once in its symbol table anyway, and interned names
     * let the validator's look-ups by the standard's own names (constants, interned by Java) match
     * by identity instead of comparing characters.
     */
    static JsonFactory factory(Limits limits, long maxDocument) {
        return factory(limits, maxDocument, true);
    }

    /**
     * As {@link #factory(Limits, long)}, refusing duplicate keys only when {@code duplicates}: a
     * reader that keeps few fields checks the names of those itself (see {@link KeptDuplicates}).
     */
    static JsonFactory factory(Limits limits, long maxDocument, boolean duplicates) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(limits.maxNameLength())
                .maxNumberLength(limits.maxNumberLength())
                .maxDocumentLength(maxDocument)
                .build();
        return JsonFactory.builder()
                .streamReadConstraints(constraints)
                .configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, duplicates)
                .enable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)
                .build();
    }

    /** The error for a Jackson failure, placed at {@code line} offset by {@code lineOffset}. */
    static ReadException error(String source, JacksonException e, long lineOffset) {
        return error(source, e, lineOffset, null);
    }

    /**
     * As {@link #error(String, JacksonException, long)}; when the failure has no place of its own, as
     * Jackson's limits on string and name length give none, the token {@code p} was reading is the place.
     */
    static ReadException error(String source, JacksonException e, long lineOffset, JsonParser p) {
        TokenStreamLocation loc = e.getLocation();
        if ((loc == null || loc.getLineNr() < 1) && p != null) {
            loc = p.currentTokenLocation();
        }
        long line = loc == null || loc.getLineNr() < 1 ? 0 : loc.getLineNr() + lineOffset;
        long column = loc == null || loc.getColumnNr() < 1 ? 0 : loc.getColumnNr();
        Location where = new Location.Text(source, line, column);
        String detail = e.getOriginalMessage() == null ? e.getClass().getSimpleName()
                : firstLine(SOURCE.matcher(e.getOriginalMessage()).replaceAll(""));
        if (e instanceof StreamConstraintsException) {
            return new ReadException(ReaderRule.LIMIT_JSON, where,
                    JsonMessages.LIMIT_JSON_JSON_EXCEEDS_SAFETY.text(limitWords(detail)),
                    JsonMessages.LIMIT_JSON_CHECK_FILE_LISTINGS.text(limitOption(detail)));
        }
        if (detail.contains("Invalid UTF-8") || detail.contains("UTF-8 start byte") || detail.contains("UTF-8 middle byte")) {
            return encoding(where, detail);
        }
        if (detail.contains("surrogate")) {
            Matcher escape = ESCAPE.matcher(detail);
            String what = escape.find() ? escape.group() : detail;
            return new ReadException(ReaderRule.SYNTAX_JSON, where,
                    JsonMessages.SYNTAX_JSON_TEXT_HOLDS_LONE.text(what),
                    JsonMessages.SYNTAX_JSON_WRITE_CHARACTER_ITSELF.text());
        }
        if (detail.startsWith("Unexpected end-of-input")) {
            return new ReadException(ReaderRule.SYNTAX_JSON, where,
                    JsonMessages.SYNTAX_JSON_FILE_ENDS_OPEN.text(),
                    JsonMessages.SYNTAX_JSON_GET_WHOLE_FILE.text());
        }
        if (detail.contains("maybe a (non-standard) comment?")) {
            return new ReadException(ReaderRule.SYNTAX_JSON, where,
                    JsonMessages.SYNTAX_JSON_COMMENT.text(),
                    JsonMessages.SYNTAX_JSON_COMMENT_FIX.text());
        }
        Matcher duplicate = DUPLICATE.matcher(detail);
        if (duplicate.matches()) {
            return duplicateKey(where, duplicate.group(1));
        }
        ReadException slip = UnexpectedCharacters.slip(where, detail);
        if (slip != null) {
            return slip;
        }
        return new ReadException(ReaderRule.SYNTAX_JSON, where,
                JsonMessages.SYNTAX_JSON_FILE_NOT_VALID.text(detail),
                JsonMessages.SYNTAX_JSON_CORRECT_JSON_PLACE.text());
    }

    /**
     * The error for a key written twice in one object, naming the key; the place is the second key's
     * line and column, the same whether the array is read on one thread or several.
     */
    private static ReadException duplicateKey(Location where, String key) {
        return new ReadException(ReaderRule.SYNTAX_JSON, where, JsonMessages.SYNTAX_JSON_SAME_FIELD_APPEARS.text(key),
                JsonMessages.SYNTAX_JSON_KEEP_ONE_TWO.text(key));
    }

    /** The error for bytes that are not UTF-8. */
    static ReadException encoding(Location where, String detail) {
        return new ReadException(ReaderRule.SYNTAX_ENCODING, where,
                JsonMessages.SYNTAX_ENCODING_FILE_NOT_UTF.text(detail),
                JsonMessages.SYNTAX_ENCODING_SAVE_FILE_AGAIN.text());
    }

    /** The error for JSON encoded as UTF-16 or UTF-32, which RFC 8259 forbids for exchange. */
    static void refuseWideEncodings(String source, byte[] head, int length) {
        boolean wide = length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
                || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                || head[0] == 0 || head[1] == 0);
        if (wide) {
            throw new ReadException(ReaderRule.SYNTAX_ENCODING, new Location.Text(source, 1, 1),
                    JsonMessages.SYNTAX_ENCODING_FILE_SAVED_UTF.text(),
                    JsonMessages.SYNTAX_ENCODING_SAVE_FILE_AGAIN_2.text());
        }
    }

    /** Jackson's note of where an open bracket started, which names its own settings instead of a place. */
    /** Jackson's words for a limit passed: "String value length (1045672) exceeds the maximum allowed (1000000, …". */
    private static final Pattern LIMIT = Pattern.compile(
            "^(String value|Name|Number value) length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)|^Document nesting depth \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");

    /** The limit passed in the reader's language, with the option that raises it; Jackson's words when they are of another limit. */
    private static Object limitWords(String detail) {
        Matcher m = LIMIT.matcher(detail);
        if (!m.find()) {
            return detail;
        }
        if (m.group(1) == null) {
            return JsonMessages.LIMIT_JSON_DEPTH.text(m.group(5));
        }
        JsonMessages words = switch (m.group(1)) {
            case "Name" -> JsonMessages.LIMIT_JSON_NAME;
            case "Number value" -> JsonMessages.LIMIT_JSON_NUMBER;
            default -> JsonMessages.LIMIT_JSON_STRING;
        };
        return words.text(m.group(3));
    }

    /** The option that raises the limit Jackson names in {@code detail}, so that the fix names the one the message does. */
    private static String limitOption(String detail) {
        Matcher m = LIMIT.matcher(detail);
        if (!m.find()) {
            return "--max-depth, --max-string-length, --max-name-length, --max-number-length";
        }
        if (m.group(1) == null) {
            return "--max-depth";
        }
        return switch (m.group(1)) {
            case "Name" -> "--max-name-length";
            case "Number value" -> "--max-number-length";
            default -> "--max-string-length";
        };
    }

    /** Jackson's words for a key written twice: {@code Duplicate Object property "en"}. */
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"(.*)\"");

    private static final Pattern SOURCE = Pattern.compile(" ?\\(start marker at \\[Source: [^\\]]*\\]\\)");

    /** A {@code \\uXXXX} escape in a parser's message. */
    private static final Pattern ESCAPE = Pattern.compile("\\\\u[0-9A-Fa-f]{4}");

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
