package org.opdl.validator.internal.schema;

import com.networknt.schema.format.Format;
import com.networknt.schema.regex.RegularExpressionFactory;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.opdl.validator.internal.memo.Memo;
import org.opdl.validator.internal.schema.SchemaGate.Check;
import org.opdl.schema.json.EcmaSpaces;
import org.opdl.schema.json.SpecFormats;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.JsonNodeType;

/**
 * The checks a {@link SchemaGate} is compiled into, one per JSON Schema keyword. Each answers true
 * only when its keyword surely holds; where implementations could differ it answers false.
 */
final class GateChecks {

    private static final int MEMO_LENGTH = 256;

    private GateChecks() {
    }

    static Check type(JsonNode arg) {
        Set<String> types = new HashSet<>();
        if (arg.isArray()) {
            arg.forEach(t -> types.add(t.asString()));
        } else {
            types.add(arg.asString());
        }
        // One bit per kind of node the type admits, so a check is a mask rather than set look-ups.
        int allowed = 0;
        for (JsonNodeType kind : JsonNodeType.values()) {
            if (types.contains(name(kind))) {
                allowed |= 1 << kind.ordinal();
            }
        }
        int mask = allowed;
        boolean number = types.contains("number");
        boolean integer = types.contains("integer");
        return (n, b) -> (mask & 1 << n.getNodeType().ordinal()) != 0
                || number && n.isNumber()
                || integer && n.isIntegralNumber();
    }

    private static String name(JsonNodeType kind) {
        return switch (kind) {
            case OBJECT, ARRAY, STRING, BOOLEAN, NULL -> kind.name().toLowerCase(Locale.ROOT);
            default -> "other";
        };
    }

    static Check keys(Check names) {
        return (n, b) -> {
            if (n.isObject()) {
                for (String key : n.propertyNames()) {
                    if (!names.ok(JsonNodeFactory.instance.stringNode(key), b)) {
                        return false;
                    }
                }
            }
            return true;
        };
    }

    static Check items(Check item) {
        return (n, b) -> {
            if (n.isArray()) {
                b[0] -= n.size();
                if (b[0] < 0) {
                    return false;
                }
                for (JsonNode i : n) {
                    if (!item.ok(i, b)) {
                        return false;
                    }
                }
            }
            return true;
        };
    }

    static Check counted(JsonNode arg, boolean object, boolean min) {
        int limit = arg.asInt();
        return (n, b) -> {
            if (object ? !n.isObject() : !n.isArray()) {
                return true;
            }
            return min ? n.size() >= limit : n.size() <= limit;
        };
    }

    /** Arrays up to this size are checked for repeats pair by pair, with no set to allocate. */
    private static final int SMALL_ARRAY = 8;

    static boolean unique(JsonNode n) {
        if (!n.isArray()) {
            return true;
        }
        if (n.size() <= SMALL_ARRAY) {
            for (int i = 0; i < n.size(); i++) {
                JsonNode item = n.get(i);
                if (!item.isString() && !item.isObject()) {
                    return false;
                }
                for (int j = 0; j < i; j++) {
                    if (item.equals(n.get(j))) {
                        return false;
                    }
                }
            }
            return true;
        }
        Set<JsonNode> seen = new HashSet<>();
        for (JsonNode i : n) {
            if (!i.isString() && !i.isObject() || !seen.add(i)) {
                return false;
            }
        }
        return true;
    }

    static Check length(int limit, boolean min) {
        return (n, b) -> {
            if (!n.isString()) {
                return true;
            }
            // A string has between half its length and its length in code points, which settles
            // most values without counting; descriptions under a maxLength need no scan.
            String s = n.stringValue();
            int length = s.length();
            if (min ? length < limit || length / 2 >= limit : length <= limit) {
                return !min || length >= limit;
            }
            if (!min && (length + 1) / 2 > limit) {
                return false;
            }
            int count = s.codePointCount(0, length);
            return min ? count >= limit : count <= limit;
        };
    }

    /** A pattern, matched as networknt matches it (ECMA-262); {@code \S}, on all free text, by a scan. */
    static Check pattern(String source, RegularExpressionFactory regex) {
        if (source.equals("\\S")) {
            return notBlank();
        }
        return strings(regex.getRegularExpression(source)::matches);
    }

    /**
     * The pattern {@code \\S}, which the standard puts on every piece of free text: as ECMA-262 reads
     * it, any character other than its white space and line terminators. A scan answers that
     * without a matcher per value, and without hashing values that, being free text, never repeat
     * for a memo to help.
     */
    private static Check notBlank() {
        return (n, b) -> {
            if (!n.isString()) {
                return true;
            }
            String s = n.stringValue();
            for (int i = 0; i < s.length(); i++) {
                if (!EcmaSpaces.is(s.charAt(i))) {
                    return true;
                }
            }
            return false;
        };
    }

    static Check format(String name) {
        Format format = SpecFormats.named(name)
                .orElseThrow(() -> new UnsupportedOperationException("format " + name));
        // The standard's formats read only the string; they need no execution context.
        return strings(v -> format.matches(null, v));
    }

    /**
     * A check of string values that remembers its answers: addresses, dates and identifiers repeat
     * across a provider's listings, and regular expressions and address parsers cost more than a
     * hash look-up. The memo stops growing at a bound, so hostile input cannot fill memory.
     */
    static Check strings(Predicate<String> test) {
        Memo<Boolean> memo = new Memo<>(MEMO_LENGTH, test::test);
        return (n, b) -> !n.isString() || memo.get(n.stringValue());
    }

    static Check among(JsonNode allowed) {
        Set<JsonNode> values = new HashSet<>();
        for (JsonNode v : allowed) {
            if (!v.isString()) {
                throw new UnsupportedOperationException("non-string enum value");
            }
            values.add(v);
        }
        return (n, b) -> n.isString() && values.contains(n);
    }

    static Check bound(JsonNode arg, boolean min) {
        if (!arg.isNumber()) {
            throw new UnsupportedOperationException("bound is not a number");
        }
        BigDecimal limit = arg.decimalValue();
        return (n, b) -> {
            if (!n.isNumber()) {
                return true;
            }
            // Whole numbers compare exactly, however large; others go to the validator.
            if (!n.isIntegralNumber()) {
                return false;
            }
            BigDecimal value = n.canConvertToLong() ? BigDecimal.valueOf(n.longValue()) : new BigDecimal(n.bigIntegerValue());
            int c = value.compareTo(limit);
            return min ? c >= 0 : c <= 0;
        };
    }
}
