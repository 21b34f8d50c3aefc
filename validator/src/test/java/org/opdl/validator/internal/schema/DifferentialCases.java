package org.opdl.validator.internal.schema;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Listings for the differential test: each is an example of the standard changed in one place, by
 * one named change, so that a disagreement between two validators names its cause. The changes
 * reach every keyword of the listing schema (type, enum, const, pattern, format, minLength,
 * minItems, uniqueItems, minProperties, propertyNames, additionalProperties, required, minimum) with
 * values at their edges: Unicode spaces, line breaks and controls, dates and addresses at the limits
 * of their RFCs, numbers beyond 64 bits and below double precision.
 */
final class DifferentialCases {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One generated listing and the name of the change made to it. */
    record Case(String change, ObjectNode listing) {
    }

    /** The values a field may be given, by name. */
    static final Map<String, JsonNode> VALUES = values();

    /** Language tags and other names a language map may be given, by name. */
    private static final Map<String, String> KEYS = Map.of(
            "key-fr-CA", "fr-CA", "key-one-letter", "e", "key-upper", "EN", "key-trailing-newline", "fr\n",
            "key-private-use", "x-klingon", "key-too-long-subtag", "en-abcdefghi", "key-u3000", "en\u3000",
            "key-empty", "", "key-unknown-field", "programme");

    private DifferentialCases() {
    }

    private static Map<String, JsonNode> values() {
        Map<String, JsonNode> v = new LinkedHashMap<>();
        String[][] strings = {
            {"empty", ""}, {"space", " "}, {"u3000", "\u3000"}, {"nbsp", "\u00A0"}, {"bom", "\uFEFF"},
            {"nel", "\u0085"}, {"zero-width-space", "\u200B"}, {"line-separator", "\u2028"}, {"tab-lf", "\t\n"},
            {"nul", "\u0000"}, {"text-trailing-newline", "Mentorship\n"}, {"text-bell", "Lab\u0007"},
            {"code-upper", "Mentorship"}, {"code-mentorship", "mentorship"}, {"code-emerging", "emerging"},
            {"code-open", "open"}, {"code-online", "online"}, {"code-individual", "individual"}, {"code-en", "en"},
            {"country-CA", "CA"}, {"country-trailing-newline", "CA\n"}, {"country-leading-newline", "\nCA"},
            {"country-lower", "ca"}, {"country-fullwidth", "\uFF23\uFF21"}, {"currency-CAD", "CAD"},
            {"currency-trailing-newline", "CAD\n"}, {"region-CA-ON", "CA-ON"},
            {"listing-id", "listing:cmpa/x"}, {"listing-id-newline", "listing:cmpa/x\n"},
            {"provider-id", "provider:cmpa"}, {"provider-id-newline", "provider:cmpa\n"},
            {"url", "https://example.ca/programs"}, {"url-http", "http://example.ca"},
            {"url-upper-scheme", "HTTPS://example.ca/"}, {"url-non-ascii-host", "https://ex\u00E4mple.ca/"},
            {"url-non-ascii-path", "https://example.ca/caf\u00E9"}, {"url-space", "https://example.ca/a b"},
            {"url-line-separator", "https://example.ca/\u2028"}, {"url-u3000", "https://example.ca/\u3000x"},
            {"url-newline", "https://example.ca/x\n"}, {"url-ftp", "ftp://example.ca/x"},
            {"url-bad-percent", "https://example.ca/%zz"}, {"url-port-99999", "https://example.ca:99999/"},
            {"url-ipv6", "https://[::1]/"}, {"url-bidi", "https://example.ca/\u202Eabc"},
            {"email", "info@example.ca"}, {"email-double-dot", "a..b@example.ca"}, {"email-leading-dot", ".a@example.ca"},
            {"email-single-label", "a@example"}, {"email-address-literal", "a@[127.0.0.1]"},
            {"email-ipv6-literal", "a@[IPv6:::1]"}, {"email-quoted", "\"a.b\"@example.ca"},
            {"email-quoted-space", "\"a b\"@example.ca"}, {"email-non-ascii-local", "\u00E9@example.ca"},
            {"email-non-ascii-domain", "a@ex\u00E4mple.ca"}, {"email-long-local", "x".repeat(65) + "@example.ca"},
            {"email-hyphen-label", "a@-example.ca"}, {"email-newline", "info@example.ca\n"},
            {"email-long-label", "a@" + "x".repeat(64) + ".ca"},
            {"date", "2025-03-01"}, {"date-leap-day", "2024-02-29"}, {"date-not-leap", "2025-02-29"},
            {"date-month-13", "2025-13-01"}, {"date-year-0", "0000-01-01"}, {"date-short", "2025-3-1"},
            {"date-newline", "2025-03-01\n"}, {"date-arabic-digits", "\u0662\u0660\u0662\u0665-03-01"},
            {"datetime", "2025-03-01T10:00:00Z"}, {"datetime-offset", "2025-03-01T10:00:00-05:00"},
            {"datetime-leap-second", "2016-12-31T23:59:60Z"}, {"datetime-leap-second-offset", "2016-12-31T18:59:60-05:00"},
            {"datetime-second-60-not-2359", "2025-03-01T12:59:60Z"}, {"datetime-lower-t-z", "2025-03-01t10:00:00z"},
            {"datetime-no-offset", "2025-03-01T10:00:00"}, {"datetime-hour-24", "2025-03-01T24:00:00Z"},
            {"datetime-offset-24", "2025-03-01T10:00:00+24:00"}, {"datetime-nanos", "2025-03-01T10:00:00.123456789123Z"},
            {"datetime-newline", "2025-03-01T10:00:00Z\n"}, {"datetime-space", "2025-03-01 10:00:00Z"},
            {"datetime-feb-30", "2025-02-30T10:00:00Z"},
            {"duration", "P1Y2M"}, {"duration-empty-time", "PT"}, {"duration-bare-p", "P"},
            {"duration-fraction-day", "P1.5D"}, {"duration-fraction-second", "PT1.5S"}, {"duration-weeks", "P20W"},
            {"amount", "1500.00"}, {"amount-zero", "0"}, {"amount-leading-zero", "01"}, {"amount-comma", "1,500"},
            {"amount-trailing-point", "1500."}, {"amount-negative", "-5"}, {"amount-exponent", "1e3"},
            {"amount-newline", "1500.00\n"}, {"rate-half", "0.5"}, {"rate-one", "1.0"}, {"rate-above", "1.01"},
            {"phone", "+1 416 555 0100"}, {"phone-dashes", "416-555-0100"}, {"phone-newline", "4165550100\n"},
            {"phone-double-plus", "++1 416 555"},
        };
        for (String[] s : strings) {
            v.put(s[0], NODES.stringNode(s[1]));
        }
        v.put("int-0", NODES.numberNode(0));
        v.put("int-1", NODES.numberNode(1));
        v.put("int-2", NODES.numberNode(2));
        v.put("int-minus-1", NODES.numberNode(-1));
        v.put("float-1.0", NODES.numberNode(new BigDecimal("1.0")));
        v.put("float-1.5", NODES.numberNode(new BigDecimal("1.5")));
        v.put("float-minus-0.0", NODES.numberNode(new BigDecimal("-0.0")));
        v.put("exp-1E+2", NODES.numberNode(new BigDecimal("1E+2")));
        v.put("int-2^64+1", NODES.numberNode(new BigInteger("18446744073709551617")));
        v.put("int-minus-2^64-1", NODES.numberNode(new BigInteger("-18446744073709551617")));
        v.put("int-2^63", NODES.numberNode(new BigInteger("9223372036854775808")));
        v.put("int-2^53+1", NODES.numberNode(new BigInteger("9007199254740993")));
        v.put("exp-1E+400", NODES.numberNode(new BigDecimal("1E+400")));
        v.put("exp-minus-1E+400", NODES.numberNode(new BigDecimal("-1E+400")));
        v.put("exp-1E-400", NODES.numberNode(new BigDecimal("1E-400")));
        v.put("exp-1.5E-400", NODES.numberNode(new BigDecimal("1.5E-400")));
        v.put("true", NODES.booleanNode(true));
        v.put("null", NODES.nullNode());
        v.put("empty-array", NODES.arrayNode());
        v.put("empty-object", NODES.objectNode());
        v.put("array-of-code", NODES.arrayNode().add("emerging"));
        v.put("array-of-duplicates", NODES.arrayNode().add("emerging").add("emerging"));
        v.put("language-map", NODES.objectNode().put("en", "Producers Lab"));
        return v;
    }

    /** {@code count} listings made from {@code bases} with a fixed seed: the same listings on every run. */
    static List<Case> generate(List<ObjectNode> bases, int count, long seed) {
        Random random = new Random(seed);
        List<String> names = List.copyOf(VALUES.keySet());
        List<String> keys = KEYS.keySet().stream().sorted().toList();
        List<Case> out = new ArrayList<>(count);
        while (out.size() < count) {
            ObjectNode listing = bases.get(random.nextInt(bases.size())).deepCopy();
            List<JsonNode[]> slots = new ArrayList<>();
            collect(listing, slots);
            JsonNode[] slot = slots.get(random.nextInt(slots.size()));
            JsonNode parent = slot[0];
            JsonNode current = value(slot);
            int op = random.nextInt(10);
            String change;
            if (op == 0) {
                change = "remove";
                remove(slot);
            } else if (op == 1 && current.isObject()) {
                String key = keys.get(random.nextInt(keys.size()));
                ((ObjectNode) current).put(KEYS.get(key), "Producers Lab");
                change = "add-" + key;
            } else if (op == 2 && current.isArray() && !current.isEmpty()) {
                ((ArrayNode) current).add(current.get(0).deepCopy());
                change = "duplicate-item";
            } else if (op == 3 && parent.isObject() && current.isString()) {
                String name = names.get(random.nextInt(names.size()));
                if (!VALUES.get(name).isString()) {
                    continue;
                }
                set(slot, NODES.stringNode(current.stringValue() + VALUES.get(name).stringValue()));
                change = "append-" + name;
            } else {
                String name = names.get(random.nextInt(names.size()));
                set(slot, VALUES.get(name).deepCopy());
                change = name;
            }
            out.add(new Case(change, listing));
        }
        return out;
    }

    /** Each place a value sits: its parent, and its name or index as a text or number node. */
    private static void collect(JsonNode node, List<JsonNode[]> out) {
        if (node.isObject()) {
            for (String key : node.propertyNames()) {
                out.add(new JsonNode[] {node, NODES.stringNode(key)});
                collect(node.get(key), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.add(new JsonNode[] {node, NODES.numberNode(i)});
                collect(node.get(i), out);
            }
        }
    }

    private static JsonNode value(JsonNode[] slot) {
        return slot[1].isString() ? slot[0].get(slot[1].stringValue()) : slot[0].get(slot[1].intValue());
    }

    private static void set(JsonNode[] slot, JsonNode value) {
        if (slot[1].isString()) {
            ((ObjectNode) slot[0]).set(slot[1].stringValue(), value);
        } else {
            ((ArrayNode) slot[0]).set(slot[1].intValue(), value);
        }
    }

    private static void remove(JsonNode[] slot) {
        if (slot[1].isString()) {
            ((ObjectNode) slot[0]).remove(slot[1].stringValue());
        } else {
            ((ArrayNode) slot[0]).remove(slot[1].intValue());
        }
    }
}
