package org.opdl.validator.rules;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opdl.model.definition.FieldDefinition;
import org.opdl.model.definition.FieldType;

/**
 * The structure layer: runs the published JSON Schema of a listing (networknt, draft 2020-12, format
 * assertions on) and hands each error to the {@link SchemaRule} that explains its keyword. Schemas
 * are read from the classpath only: the {@code https://w3id.org/opdl/schema/} prefix maps to
 * {@code org/opdl/schema/} and nothing is ever fetched. Errors that a later layer reports more
 * precisely are dropped here, so each problem gives one finding: a bad code goes to the vocabulary
 * rules, a bad web or email address to the link rules, a bad currency to the money rules.
 */
public final class SchemaLayer {

    /** Where the standard publishes its schemas. */
    public static final String PREFIX = "https://w3id.org/opdl/schema/";
    /** The listing schema of this version of the standard. */
    public static final String LISTING = PREFIX + "0.1/listing.schema.json";

    private static final Map<FieldType, Set<String>> OWNED_ELSEWHERE = Map.of(
            FieldType.CODE, Set.of("enum", "const", "pattern"),
            FieldType.URL, Set.of("format", "pattern"),
            FieldType.EMAIL, Set.of("format", "pattern"),
            FieldType.CURRENCY, Set.of("enum", "pattern", "format"));

    private final Schema schema;
    private final Map<String, SchemaRule> byKeyword = new HashMap<>();
    private final SchemaRule fallback;

    private SchemaLayer(Schema schema, List<SchemaRule> rules) {
        this.schema = schema;
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
     * Loads a schema by its IRI from the classpath.
     *
     * @param iri the schema's {@code $id}, under {@link #PREFIX}
     * @param rules the rules that explain errors; those not given are not reported
     */
    public static SchemaLayer load(String iri, List<SchemaRule> rules) {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(true)
                .pathType(PathType.JSON_POINTER)
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b
                .schemaRegistryConfig(config)
                .schemaLoader(l -> l.fetchRemoteResources(false)
                        .schemaIdResolvers(r -> r.mapPrefix(PREFIX, "classpath:org/opdl/schema/"))));
        Schema schema = registry.getSchema(SchemaLocation.of(iri));
        schema.initializeValidators();
        return new SchemaLayer(schema, rules);
    }

    /** Checks one listing against the schema and reports each error once, in plain words. */
    public void check(Listing listing, Emitter out) {
        List<Error> errors = schema.validate(listing.node());
        if (errors.isEmpty()) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (Error e : errors) {
            String keyword = e.getKeyword() == null ? "" : e.getKeyword();
            String pointer = e.getInstanceLocation().toString();
            String property = e.getProperty() == null ? "" : e.getProperty();
            if (ownedElsewhere(listing, keyword, pointer)) {
                continue;
            }
            SchemaRule rule = byKeyword.getOrDefault(keyword, fallback);
            if (rule != null && seen.add(rule.id() + " " + pointer + " " + property)) {
                rule.explain(new SchemaError(keyword, pointer, property, e.getSchemaNode(), e.getMessage()), listing, out);
            }
        }
    }

    private static boolean ownedElsewhere(Listing listing, String keyword, String pointer) {
        Optional<FieldDefinition> field = listing.standard().fields().at(pointer);
        return field.map(f -> OWNED_ELSEWHERE.getOrDefault(f.type(), Set.of()).contains(keyword)).orElse(false);
    }
}
