package org.opdl.schema.json;

import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.resource.SchemaLoader;
import java.time.Duration;
import org.opdl.model.vocab.Iris;
import org.opdl.schema.artifact.Artifact;
import org.opdl.schema.format.Limits;

/**
 * The JSON Schemas of a listing and a dataset, compiled by networknt from the jar. A dataset's
 * reference to the listing schema resolves inside the jar too; nothing is fetched. Only the
 * standard's own schema IRIs and the 2020-12 metaschema may be loaded at all: a {@code $ref} to
 * any other address, including {@code file:} and {@code classpath:}, is refused before any loader
 * runs, and every {@code pattern} runs under a time limit ({@link BoundedRegex}).
 */
public final class ListingSchemas {

    /** The prefix of every schema {@code $id}. */
    public static final String ID_PREFIX = Iris.BASE + "schema/";

    /** The prefix of the 2020-12 metaschema and its vocabularies, which networknt bundles. */
    public static final String METASCHEMA_PREFIX = "https://json-schema.org/draft/2020-12/";

    /** Most keyword evaluations for one instance; networknt counts them and stops past the limit. */
    public static final long MAX_EVALUATION_STEPS = 1_000_000L;

    /** Deepest nesting of schema evaluation, which recursive references would otherwise drive without end. */
    public static final int MAX_EVALUATION_DEPTH = 256;

    /** The time one {@code pattern} may take on one value unless a caller chooses otherwise. */
    public static final Duration REGEX_BUDGET = Limits.DEFAULT.regexTime();

    private static final class Loaded {
        static final SchemaRegistry REGISTRY = registry(REGEX_BUDGET);
        static final Schema LISTING = REGISTRY.getSchema(SchemaLocation.of(Artifact.JSON_SCHEMA.iri()));
        static final Schema DATASET = REGISTRY.getSchema(SchemaLocation.of(Artifact.DATASET_SCHEMA.iri()));
    }

    private ListingSchemas() {
    }

    /** The offline registry, which knows the standard's schemas and the 2020-12 metaschema. */
    public static SchemaRegistry registry() {
        return Loaded.REGISTRY;
    }

    /**
     * A new offline registry whose patterns each get {@code regexBudget} per value, with format
     * assertions on and evaluation bounded by {@link #MAX_EVALUATION_STEPS} and {@link
     * #MAX_EVALUATION_DEPTH}.
     */
    public static SchemaRegistry registry(Duration regexBudget) {
        SchemaRegistryConfig config = config(regexBudget).build();
        return SchemaRegistry.withDefaultDialect(SpecFormats.dialect(),
                builder -> builder.schemaRegistryConfig(config).schemaLoader(ListingSchemas::offline));
    }

    /**
     * The configuration of such a registry, for a caller that adds to it: format assertions on, each
     * pattern given {@code regexBudget} per value, evaluation bounded by {@link #MAX_EVALUATION_STEPS}
     * and {@link #MAX_EVALUATION_DEPTH}.
     */
    public static SchemaRegistryConfig.Builder config(Duration regexBudget) {
        return SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(true)
                .regularExpressionFactory(new BoundedRegex(regexBudget))
                .executionContextCustomizer((execution, schema) -> execution.executionConfig(c -> c
                        .maxEvaluationSteps(MAX_EVALUATION_STEPS)
                        .maxEvaluationDepth(MAX_EVALUATION_DEPTH)));
    }

    /**
     * Configures a networknt schema loader to read the standard's schemas from the jar, never to
     * fetch, and to refuse every IRI that {@link #allowed} does not accept.
     */
    public static void offline(SchemaLoader.Builder loader) {
        loader.fetchRemoteResources(false)
                .allow(ListingSchemas::allowed)
                .schemaIdResolvers(r -> r.mapPrefix(ID_PREFIX, "classpath:org/opdl/schema/"));
    }

    /** True for the standard's schema IRIs and the 2020-12 metaschema; false for every other address. */
    public static boolean allowed(AbsoluteIri iri) {
        String s = iri.toString();
        return s.startsWith(ID_PREFIX) || s.startsWith(METASCHEMA_PREFIX);
    }

    /** The schema of one listing. */
    public static Schema listing() {
        return Loaded.LISTING;
    }

    /** The schema of a dataset. */
    public static Schema dataset() {
        return Loaded.DATASET;
    }
}
