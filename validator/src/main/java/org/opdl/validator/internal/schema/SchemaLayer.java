package org.opdl.validator.internal.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.ValidationLimitExceededException;
import com.networknt.schema.path.PathType;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opdl.model.definition.FieldDefinition;
import org.opdl.model.definition.FieldType;
import org.opdl.model.field.Field;
import org.opdl.schema.artifact.Artifact;
import org.opdl.schema.json.ListingSchemas;
import org.opdl.schema.json.RegexLimitException;
import org.opdl.validator.internal.memo.Lazy;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.SchemaError;
import org.opdl.validator.rule.SchemaRule;
import org.opdl.schema.json.SpecFormats;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The structure layer: runs the published JSON Schema of a listing (networknt, draft 2020-12, format
 * assertions on) and hands each error to the {@link SchemaRule} that explains its keyword. Schemas
 * are read from the classpath only: the {@code https://w3id.org/opdl/schema/} prefix maps to
 * {@code org/opdl/schema/} and nothing is ever fetched. Errors that a later layer reports more
 * precisely are dropped here, so each problem gives one finding: a bad code goes to the vocabulary
 * rules, a bad web or email address to the link rules, a bad currency to the money rules. A
 * {@link SchemaGate} compiled from the same schema lets listings that surely conform skip the
 * general-purpose validator, which is most of the cost of a run.
 */
public final class SchemaLayer {

    /** The listing schema of version 0.1, frozen as published; listings of files that declare 0.1 are checked against it. */
    public static final String LISTING_0_1 = ListingSchemas.ID_PREFIX + "0.1/listing.schema.json";

    private static final Map<FieldType, Set<String>> OWNED_ELSEWHERE = Map.of(
            FieldType.CODE, Set.of("enum", "const", "pattern"),
            FieldType.URL, Set.of("format", "pattern"),
            FieldType.EMAIL, Set.of("format", "pattern"),
            FieldType.CURRENCY, Set.of("enum", "pattern", "format"));

    private final Optional<SchemaGate> gate;
    /** Built on first need: with the gate, a file of conforming listings never needs it. */
    private final Lazy<Schema> schema;
    private final Map<String, SchemaRule> byKeyword = new HashMap<>();
    private final SchemaRule fallback;

    private SchemaLayer(String iri, Duration regexTime, Optional<SchemaGate> gate, List<SchemaRule> rules) {
        this.gate = gate;
        this.schema = new Lazy<>(() -> networknt(iri, regexTime));
        SchemaRule other = null;
        for (SchemaRule r : rules) {
            if (r.keywords().isEmpty()) {
                other = r;
            }
            r.keywords().forEach(k -> byKeyword.put(k, r));
        }
        this.fallback = other;
    }

    /**
     * Loads a schema by its IRI from the classpath, giving each {@code pattern} {@code regexTime}
     * per value.
     *
     * @param iri the schema's {@code $id}, under {@link ListingSchemas#ID_PREFIX}
     * @param rules the rules that explain errors; those not given are not reported
     */
    public static SchemaLayer load(String iri, List<SchemaRule> rules, Duration regexTime) {
        Optional<SchemaGate> gate = SchemaGate.load(iri, regexTime);
        SchemaLayer layer = new SchemaLayer(iri, regexTime, gate, rules);
        if (gate.isEmpty()) {
            layer.schema.get();
        }
        return layer;
    }

    /**
     * Compiles the gate of the listing schema with {@code regexTime} ahead of need, unless another
     * thread already has; a later {@link #load} of the listing schema with the same time shares it.
     */
    public static void preload(Duration regexTime) {
        SchemaGate.load(Artifact.JSON_SCHEMA.iri(), regexTime);
    }

    /** The general-purpose validator of a schema, with every error it can explain. */
    static Schema networknt(String iri, Duration regexTime) {
        SchemaRegistryConfig config = ListingSchemas.config(regexTime).pathType(PathType.JSON_POINTER).build();
        // Only the standard's schemas, from the jar: every other $ref (remote, file:, classpath:) is refused.
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecFormats.dialect(), b -> b
                .schemaRegistryConfig(config)
                .nodeReader(new SchemaNodeSource())
                .schemaLoader(ListingSchemas::offline));
        Schema schema = registry.getSchema(SchemaLocation.of(iri));
        schema.initializeValidators();
        return schema;
    }

    /** Checks one listing against the schema and reports each error once, in plain words. */
    public void check(Listing listing, Emitter out) {
        checkFields(listing, out, null);
    }

    /**
     * Checks a record against the schema and reports every error but those at or under
     * {@code skipUnder}, including those a later layer would report for a listing: a dataset's fields
     * go through no later layer.
     */
    void checkFields(Listing listing, Emitter out, String skipUnder) {
        List<Error> errors;
        try {
            errors = errors(listing.node());
        } catch (RegexLimitException | ValidationLimitExceededException e) {
            limitReached(e, listing, out);
            return;
        }
        if (errors.isEmpty()) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (Error e : errors) {
            String keyword = e.getKeyword() == null ? "" : e.getKeyword();
            String pointer = e.getInstanceLocation().toString();
            String property = e.getProperty() == null ? "" : e.getProperty();
            if (skipUnder == null ? ownedElsewhere(listing, keyword, pointer)
                    : pointer.equals(skipUnder) || pointer.startsWith(skipUnder + "/")) {
                continue;
            }
            SchemaRule rule = byKeyword.getOrDefault(keyword, fallback);
            if (rule != null && seen.add(rule.id() + " " + pointer + " " + property)) {
                rule.explain(new SchemaError(keyword, pointer, property, e.getSchemaNode(), e.getMessage()), listing, out);
            }
        }
    }

    /**
     * The schema's errors on a value, none when the gate passes it: the schema layer's verdict, before
     * any rule explains it.
     *
     * @throws RegexLimitException when a pattern ran out of time
     * @throws ValidationLimitExceededException when the evaluation ran out of steps or depth
     */
    List<Error> errors(JsonNode node) {
        try {
            if (gate.isPresent() && gate.get().passes(node)) {
                return List.of();
            }
        } catch (RegexLimitException e) {
            // The full validator meets the same limit below and reports it.
        }
        try {
            return schema.get().validate(node);
        } catch (JacksonException | ArithmeticException e) {
            // networknt turns a number into a long to compare it with a minimum, and fails on one far
            // beyond that range (1E400, 1e1000000000). JSON Schema compares numbers exactly, so each such
            // number is replaced by a stand-in of the same verdict, and the value is checked again.
            JsonNode copy = node.deepCopy();
            outOfRange(copy);
            return schema.get().validate(copy);
        }
    }

    private void limitReached(RuntimeException e, Listing listing, Emitter out) {
        // A limit stopped the schema check: say so, rather than call the listing valid or crash.
        if (fallback != null) {
            fallback.explain(new SchemaError(e instanceof RegexLimitException ? "pattern (time limit)"
                    : "evaluation limit", "", "", null, e.getMessage()), listing, out);
        }
    }

    /**
     * Puts in place of each number beyond a long or {@link Listing#MAX_DIGITS} a stand-in with the same
     * sign, the same wholeness and the same side of every bound of the standard's schemas, whose bounds
     * are whole numbers far below {@link #STAND_IN} (a test holds that): so the verdict is the one the
     * number itself gets under JSON Schema's exact comparison.
     */
    private static void outOfRange(JsonNode node) {
        if (node instanceof ObjectNode o) {
            for (String name : List.copyOf(o.propertyNames())) {
                JsonNode v = o.get(name);
                if (huge(v)) {
                    o.put(name, standIn(v.decimalValue()));
                } else {
                    outOfRange(v);
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                if (huge(a.get(i))) {
                    a.set(i, a.numberNode(standIn(a.get(i).decimalValue())));
                } else {
                    outOfRange(a.get(i));
                }
            }
        }
    }

    private static boolean huge(JsonNode n) {
        if (!n.isNumber()) {
            return false;
        }
        BigDecimal d = n.decimalValue();
        return Listing.bounded(d).isEmpty() || d.abs().compareTo(LONG_MAX) > 0;
    }

    /** Beyond every bound in the standard's schemas. */
    static final BigDecimal STAND_IN = BigDecimal.valueOf(1_000_000_000L);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private static BigDecimal standIn(BigDecimal d) {
        // Only the exponent is looked at: 1e1000000000 is never written out.
        boolean whole = d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
        boolean large = d.abs().compareTo(BigDecimal.ONE) >= 0;
        BigDecimal magnitude = whole ? STAND_IN : large ? STAND_IN.add(HALF) : HALF;
        return d.signum() < 0 ? magnitude.negate() : magnitude;
    }

    private static boolean ownedElsewhere(Listing listing, String keyword, String pointer) {
        Optional<FieldDefinition> field = listing.standard().fields().at(pointer).map(Field::definition);
        return field.map(f -> OWNED_ELSEWHERE.getOrDefault(f.type(), Set.of()).contains(keyword)).orElse(false);
    }
}
