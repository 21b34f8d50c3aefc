package org.opdl.validator.internal.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import org.opdl.schema.json.BoundedRegex;
import org.opdl.schema.json.ListingSchemas;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

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

    /** One compiled condition on a value. */
    @FunctionalInterface
    interface Check {
        /** Whether the value surely passes; {@code budget[0]} counts down the values still to visit. */
        boolean ok(JsonNode n, int[] budget);
    }

    /**
     * The most values the gate visits in one listing. The full validator stops at
     * {@link ListingSchemas#MAX_EVALUATION_STEPS} steps and reports it; a value takes far fewer than
     * 100 steps, so a listing the gate finishes within this budget never reaches that limit there.
     */
    static final int BUDGET = (int) (ListingSchemas.MAX_EVALUATION_STEPS / 100);

    private static final Map<String, Optional<SchemaGate>> LOADED = new ConcurrentHashMap<>();

    private final JsonNode root;
    private final Map<String, Check[]> defs = new HashMap<>();
    private final Check top;

    private final BoundedRegex regex;

    private SchemaGate(JsonNode root, BoundedRegex regex) {
        this.root = root;
        this.regex = regex;
        this.top = compile(root);
    }

    /**
     * The gate for the schema with this {@code $id} on the classpath, or empty if it cannot be
     * compiled. Gates are compiled once per schema and time limit and shared, so that a gate the
     * preload thread compiled serves the run; a gate holds no state from one listing to the next.
     */
    static Optional<SchemaGate> load(String iri, Duration regexTime) {
        return LOADED.computeIfAbsent(iri + ' ' + regexTime.toNanos(), k -> compile(iri, regexTime));
    }

    private static Optional<SchemaGate> compile(String iri, Duration regexTime) {
        if (!iri.startsWith(ListingSchemas.ID_PREFIX)) {
            return Optional.empty();
        }
        String resource = "/org/opdl/schema/" + iri.substring(ListingSchemas.ID_PREFIX.length());
        try (InputStream in = SchemaGate.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new SchemaGate(SchemaTree.read(in), new BoundedRegex(regexTime)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /** True only when the value surely conforms; false when it does not or may not. */
    boolean passes(JsonNode value) {
        return top.ok(value, new int[] {BUDGET});
    }

    private Check compile(JsonNode schema) {
        if (schema.isBoolean()) {
            boolean allowed = schema.booleanValue();
            return (n, b) -> allowed;
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
                case "type" -> GateChecks.type(arg);
                case "$ref" -> ref(arg.asString());
                case "properties" -> properties(schema);
                case "propertyNames" -> GateChecks.keys(compile(arg));
                case "minProperties" -> GateChecks.counted(arg, true, true);
                case "maxProperties" -> GateChecks.counted(arg, true, false);
                case "items" -> GateChecks.items(compile(arg));
                case "minItems" -> GateChecks.counted(arg, false, true);
                case "maxItems" -> GateChecks.counted(arg, false, false);
                case "uniqueItems" -> arg.asBoolean() ? (n, b) -> GateChecks.unique(n) : (n, b) -> true;
                case "minLength" -> GateChecks.length(arg.asInt(), true);
                case "maxLength" -> GateChecks.length(arg.asInt(), false);
                case "pattern" -> GateChecks.pattern(arg.asString(), regex);
                case "format" -> GateChecks.format(arg.asString());
                case "enum" -> GateChecks.among(arg);
                case "const" -> GateChecks.among(JsonNodeFactory.instance.arrayNode().add(arg));
                case "minimum" -> GateChecks.bound(arg, true);
                case "maximum" -> GateChecks.bound(arg, false);
                default -> throw new UnsupportedOperationException(keyword);
            });
        }
        if (!schema.has("properties") && (schema.has("required") || schema.has("additionalProperties"))) {
            checks.add(properties(schema));
        }
        Check[] all = checks.toArray(new Check[0]);
        if (all.length == 1) {
            return all[0];
        }
        return (n, b) -> {
            for (Check c : all) {
                if (!c.ok(n, b)) {
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
        return (n, b) -> target[0].ok(n, b);
    }

    /** A known property: its check, and whether the schema requires it. */
    private record Property(Check check, boolean required) {
    }

    private Check properties(JsonNode schema) {
        Map<String, Property> props = new HashMap<>();
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(r -> required.add(r.asString()));
        schema.path("properties").properties().forEach(e ->
                props.put(e.getKey().intern(), new Property(compile(e.getValue()), required.contains(e.getKey()))));
        // A required name with no schema of its own is checked with additionalProperties.
        JsonNode additional = schema.get("additionalProperties");
        Check others = additional == null ? (n, b) -> true : compile(additional);
        // Names are interned, as the reader interns the names it reads, so look-ups match by identity.
        for (String r : required) {
            props.putIfAbsent(r.intern(), new Property(others, true));
        }
        int requiredCount = required.size();
        return (n, b) -> {
            if (!n.isObject()) {
                return true;
            }
            b[0] -= n.size();
            if (b[0] < 0) {
                return false;
            }
            // One pass over the value's fields checks each and counts the required ones present.
            int present = 0;
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                Property p = props.get(e.getKey());
                if (p == null) {
                    if (!others.ok(e.getValue(), b)) {
                        return false;
                    }
                } else {
                    if (!p.check().ok(e.getValue(), b)) {
                        return false;
                    }
                    if (p.required()) {
                        present++;
                    }
                }
            }
            return present == requiredCount;
        };
    }

}
