package org.opdl.validator.rules;

import com.networknt.schema.format.Format;
import com.networknt.schema.format.Formats;
import com.networknt.schema.regex.JDKRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpression;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fast yes-or-maybe answer to "does this listing conform to the JSON Schema?", compiled from the
 * published schema itself, so a new field in the standard needs no change here. Most listings
 * conform, and the general-purpose validator that explains errors costs most of a run; the gate lets
 * only the listings it cannot pass go on to it. It answers true only when the schema surely holds: it
 * uses the same regular expressions and format checks as the full validator, and wherever the two
 * could differ (a number that is an integer written as 1.0, numbers inside enums or unique items) it
 * answers false and lets the full validator decide. A schema using a keyword it does not know gives
 * no gate at all, rather than a wrong one.
 */
final class SchemaGate {

    /** Keywords that only annotate and never fail a value. */
    private static final Set<String> ANNOTATIONS = Set.of("title", "description", "examples", "$comment",
            "$schema", "$id", "$defs", "default", "deprecated", "readOnly", "writeOnly");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One compiled condition on a value. */
    @FunctionalInterface
    interface Check {
        boolean ok(JsonNode n);
    }

    private final JsonNode root;
    private final Map<String, Check[]> defs = new HashMap<>();
    private final Check top;

    private SchemaGate(JsonNode root) {
        this.root = root;
        this.top = compile(root);
    }

    /** The gate for the schema with this {@code $id} on the classpath, or empty if it cannot be compiled. */
    static Optional<SchemaGate> load(String iri) {
        if (!iri.startsWith(SchemaLayer.PREFIX)) {
            return Optional.empty();
        }
        String resource = "/org/opdl/schema/" + iri.substring(SchemaLayer.PREFIX.length());
        try (InputStream in = SchemaGate.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new SchemaGate(JSON.readTree(in)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /** True only when the value surely conforms; false when it does not or may not. */
    boolean passes(JsonNode value) {
        return top.ok(value);
    }

    private Check compile(JsonNode schema) {
        if (schema.isBoolean()) {
            boolean allowed = schema.booleanValue();
            return n -> allowed;
        }
        if (!schema.isObject()) {
            throw new UnsupportedOperationException("schema is not an object");
        }
        List<Check> checks = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : schema.properties()) {
            String keyword = e.getKey();
            JsonNode arg = e.getValue();
            if (ANNOTATIONS.contains(keyword) || keyword.equals("additionalProperties") || keyword.equals("required")) {
                continue;
            }
            checks.add(switch (keyword) {
                case "type" -> type(arg);
                case "$ref" -> ref(arg.asString());
                case "properties" -> properties(schema);
                case "propertyNames" -> keys(compile(arg));
                case "minProperties" -> counted(arg, true, true);
                case "maxProperties" -> counted(arg, true, false);
                case "items" -> items(compile(arg));
                case "minItems" -> counted(arg, false, true);
                case "maxItems" -> counted(arg, false, false);
                case "uniqueItems" -> arg.asBoolean() ? SchemaGate::unique : n -> true;
                case "minLength" -> length(arg.asInt(), true);
                case "maxLength" -> length(arg.asInt(), false);
                case "pattern" -> pattern(arg.asString());
                case "format" -> format(arg.asString());
                case "enum" -> among(arg);
                case "const" -> among(JSON.createArrayNode().add(arg));
                case "minimum" -> bound(arg, true);
                case "maximum" -> bound(arg, false);
                default -> throw new UnsupportedOperationException(keyword);
            });
        }
        if (!schema.has("properties") && (schema.has("required") || schema.has("additionalProperties"))) {
            checks.add(properties(schema));
        }
        Check[] all = checks.toArray(new Check[0]);
        return n -> {
            for (Check c : all) {
                if (!c.ok(n)) {
                    return false;
                }
            }
            return true;
        };
    }

    private Check ref(String ref) {
        String prefix = "#/$defs/";
        if (!ref.startsWith(prefix) || !root.path("$defs").has(ref.substring(prefix.length()))) {
            throw new UnsupportedOperationException(ref);
        }
        String name = ref.substring(prefix.length());
        // A holder lets a definition refer to itself; it is filled once compiled.
        Check[] holder = defs.get(name);
        if (holder == null) {
            holder = new Check[1];
            defs.put(name, holder);
            holder[0] = compile(root.path("$defs").get(name));
        }
        Check[] target = holder;
        return n -> target[0].ok(n);
    }

    private static Check type(JsonNode arg) {
        Set<String> types = new HashSet<>();
        if (arg.isArray()) {
            arg.forEach(t -> types.add(t.asString()));
        } else {
            types.add(arg.asString());
        }
        return n -> types.contains(kind(n))
                || types.contains("number") && n.isNumber()
                || types.contains("integer") && n.isIntegralNumber();
    }

    private static String kind(JsonNode n) {
        if (n.isObject()) {
            return "object";
        }
        if (n.isArray()) {
            return "array";
        }
        if (n.isString()) {
            return "string";
        }
        if (n.isBoolean()) {
            return "boolean";
        }
        return n.isNull() ? "null" : "other";
    }

    private Check properties(JsonNode schema) {
        Map<String, Check> props = new HashMap<>();
        schema.path("properties").properties().forEach(e -> props.put(e.getKey(), compile(e.getValue())));
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asString()));
        JsonNode additional = schema.get("additionalProperties");
        Check others = additional == null ? n -> true : compile(additional);
        return n -> {
            if (!n.isObject()) {
                return true;
            }
            for (String r : required) {
                if (!n.has(r)) {
                    return false;
                }
            }
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                Check c = props.get(e.getKey());
                if (!(c == null ? others : c).ok(e.getValue())) {
                    return false;
                }
            }
            return true;
        };
    }

    private static Check keys(Check names) {
        return n -> {
            if (n.isObject()) {
                for (String key : n.propertyNames()) {
                    if (!names.ok(JSON.getNodeFactory().stringNode(key))) {
                        return false;
                    }
                }
            }
            return true;
        };
    }

    private static Check items(Check item) {
        return n -> {
            if (n.isArray()) {
                for (JsonNode i : n) {
                    if (!item.ok(i)) {
                        return false;
                    }
                }
            }
            return true;
        };
    }

    private static Check counted(JsonNode arg, boolean object, boolean min) {
        int limit = arg.asInt();
        return n -> {
            if (object ? !n.isObject() : !n.isArray()) {
                return true;
            }
            return min ? n.size() >= limit : n.size() <= limit;
        };
    }

    private static boolean unique(JsonNode n) {
        if (!n.isArray()) {
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

    private static Check length(int limit, boolean min) {
        return n -> {
            if (!n.isString()) {
                return true;
            }
            String s = n.stringValue();
            int count = s.codePointCount(0, s.length());
            return min ? count >= limit : count <= limit;
        };
    }

    private static Check pattern(String regex) {
        RegularExpression re = JDKRegularExpressionFactory.getInstance().getRegularExpression(regex);
        return n -> !n.isString() || re.matches(n.stringValue());
    }

    private static Check format(String name) {
        Format format = Formats.DEFAULT.stream().filter(f -> f.getName().equals(name)).findFirst()
                .orElseThrow(() -> new UnsupportedOperationException("format " + name));
        // The standard's formats read only the string; they need no execution context.
        return n -> !n.isString() || format.matches(null, n.stringValue());
    }

    private static Check among(JsonNode allowed) {
        Set<JsonNode> values = new HashSet<>();
        for (JsonNode v : allowed) {
            if (!v.isString()) {
                throw new UnsupportedOperationException("non-string enum value");
            }
            values.add(v);
        }
        return n -> n.isString() && values.contains(n);
    }

    private static Check bound(JsonNode arg, boolean min) {
        if (!arg.isNumber()) {
            throw new UnsupportedOperationException("bound is not a number");
        }
        java.math.BigDecimal limit = arg.decimalValue();
        return n -> {
            if (!n.isNumber()) {
                return true;
            }
            // Only whole numbers compare the same way in every implementation; others go to the validator.
            if (!n.isIntegralNumber() || !n.canConvertToLong()) {
                return false;
            }
            int c = java.math.BigDecimal.valueOf(n.longValue()).compareTo(limit);
            return min ? c >= 0 : c <= 0;
        };
    }
}
