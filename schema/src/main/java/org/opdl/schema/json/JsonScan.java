package org.opdl.schema.json;

import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ReadException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

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
        Parsers.refuseWideEncodings(source, bytes, bytes.length);
        try (JsonParser p = Parsers.factory(limits, limits.maxFileBytes()).createParser(ObjectReadContext.empty(), bytes)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.VALUE_STRING) {
                    LocatedTree.checked(p, p.getString());
                } else if (t == JsonToken.PROPERTY_NAME) {
                    LocatedTree.checked(p, p.currentName());
                } else {
                    p.finishToken();
                }
            }
        } catch (JacksonException e) {
            throw Parsers.error(source, e, 0);
        }
    }
}
