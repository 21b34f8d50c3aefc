package org.opdl.schema.json;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;

/** Reads a whole JSON document with the readers' Jackson settings and says what, if anything, is wrong. */
final class JsonSyntaxCheck {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxNumberLength(100)
                    .maxStringLength(1_000_000).maxNameLength(1_000).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonSyntaxCheck() {
    }

    /** Null when the bytes are one acceptable JSON value; otherwise the reason. */
    static String check(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] == 0 || bytes[1] == 0 || (bytes[0] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFF)) {
            return "not UTF-8";
        }
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), bytes)) {
            if (p.nextToken() == null) {
                return "empty";
            }
            JsonToken t = p.currentToken();
            int depth = 0;
            do {
                if (t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT) {
                    depth++;
                } else if (t == JsonToken.END_ARRAY || t == JsonToken.END_OBJECT) {
                    depth--;
                } else if (t == JsonToken.VALUE_STRING || t == JsonToken.PROPERTY_NAME) {
                    if (loneSurrogate(p.getString()) >= 0) {
                        return "lone surrogate";
                    }
                }
                if (depth == 0) {
                    break;
                }
            } while ((t = p.nextToken()) != null);
            if (p.nextToken() != null) {
                return "trailing content";
            }
            return null;
        } catch (JacksonException e) {
            return e.getOriginalMessage();
        }
    }

    static int loneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
