package org.opdl.schema.json;

import java.math.BigInteger;
import org.opdl.model.finding.Location;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.ReaderRule;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamContext;

/**
 * Checks JSON text with the JSON reader's hardened Jackson settings before another parser sees it.
 * Jena parses JSON-LD with Jakarta JSON-P, which recurses once per level of nesting and knows none
 * of these limits, so 100,000 nested arrays would end in a {@link StackOverflowError} there.
 */
public final class JsonScan {

    private JsonScan() {
    }

    /**
     * Reads every token of {@code bytes} under {@code limits}: nesting depth, string, name, number
     * and document length, duplicate keys, UTF-8 and lone surrogates.
     *
     * @throws ReadException naming the line and column of the first problem
     */
    public static void check(String source, byte[] bytes, Limits limits) {
        scan(source, bytes, limits, false);
    }

    /**
     * As {@link #check}, and also refuses the numbers JSON-LD would change: a number with a
     * fraction or an exponent becomes a binary floating-point {@code xsd:double} ({@code 19.99}
     * becomes {@code 1.999E1}), and so does a whole number of 10^21 or more. The standard writes
     * decimals as strings, so such a number is refused at its line and column rather than changed
     * (the {@code @version} of a context, 1.1, is a keyword's value, not data). A {@code null}
     * outside a context is refused too: JSON-LD drops it with its key, so the field would read as
     * not stated.
     *
     * @throws ReadException naming the line and column of the first problem
     */
    public static void checkJsonLd(String source, byte[] bytes, Limits limits) {
        scan(source, bytes, limits, true);
    }

    private static void scan(String source, byte[] bytes, Limits limits, boolean jsonLd) {
        Parsers.refuseWideEncodings(source, bytes, bytes.length);
        try (JsonParser p = Parsers.factory(limits, limits.maxFileBytes()).createParser(ObjectReadContext.empty(), bytes)) {
            try {
                scan(source, p, jsonLd);
            } catch (JacksonException e) {
                throw Parsers.error(source, e, 0, p);
            }
        } catch (JacksonException e) {
            throw Parsers.error(source, e, 0);
        }
    }

    private static void scan(String source, JsonParser p, boolean jsonLd) {
        JsonToken t;
        while ((t = p.nextToken()) != null) {
            if (t == JsonToken.VALUE_STRING) {
                LocatedTree.checked(p, p.getString());
            } else if (t == JsonToken.PROPERTY_NAME) {
                LocatedTree.checked(p, p.currentName());
            } else if (jsonLd && t == JsonToken.VALUE_NULL && !inContext(p)) {
                throw nullDropped(source, p);
            } else if (jsonLd && !"@version".equals(p.currentName()) && (t == JsonToken.VALUE_NUMBER_FLOAT
                    || t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    && p.getBigIntegerValue().abs().compareTo(DOUBLE_IN_JSON_LD) >= 0)) {
                throw changedByJsonLd(source, p);
            } else {
                p.finishToken();
            }
        }
    }

    /** True inside an {@code @context}, where null undefines a term or a default, as JSON-LD means it to. */
    private static boolean inContext(JsonParser p) {
        for (TokenStreamContext c = p.streamReadContext(); c != null; c = c.getParent()) {
            if ("@context".equals(c.currentName())) {
                return true;
            }
        }
        return false;
    }

    /** A null outside a context, which JSON-LD drops with its key: a field would vanish without a word. */
    private static ReadException nullDropped(String source, JsonParser p) {
        var at = p.currentTokenLocation();
        String name = "null";
        for (TokenStreamContext c = p.streamReadContext(); c != null; c = c.getParent()) {
            if (c.currentName() != null) {
                name = c.currentName();
                break;
            }
        }
        return new ReadException(ReaderRule.CONVERT_UNMAPPABLE, new Location.Text(source, at.getLineNr(), at.getColumnNr()),
                JsonMessages.CONVERT_UNMAPPABLE_JSON_LD_NULL.text(name), JsonMessages.CONVERT_UNMAPPABLE_JSON_LD_NULL_FIX.text(name));
    }

    /** The smallest whole number JSON-LD writes as an {@code xsd:double}. */
    private static final BigInteger DOUBLE_IN_JSON_LD = BigInteger.TEN.pow(21);

    private static ReadException changedByJsonLd(String source, JsonParser p) {
        String n = p.getString();
        var at = p.currentTokenLocation();
        boolean whole = p.currentToken() == JsonToken.VALUE_NUMBER_INT;
        return new ReadException(ReaderRule.CONVERT_UNMAPPABLE, new Location.Text(source, at.getLineNr(), at.getColumnNr()),
                JsonMessages.CONVERT_UNMAPPABLE_JSON_LD_WOULD.text(n),
                whole ? JsonMessages.CONVERT_UNMAPPABLE_CHECK_VALUE_NO.text()
                        : JsonMessages.WRITE_AMOUNTS_STRINGS.text(n));
    }
}
