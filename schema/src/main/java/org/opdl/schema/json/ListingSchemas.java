package org.opdl.schema.json;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.opdl.model.vocab.Iris;
import org.opdl.schema.artifact.Artifact;

/**
 * The JSON Schemas of a listing and a dataset, compiled by networknt from the jar. A dataset's
 * reference to the listing schema resolves inside the jar too; nothing is fetched.
 */
public final class ListingSchemas {

    /** The prefix of every schema {@code $id}. */
    public static final String ID_PREFIX = Iris.BASE + "schema/";

    private static final class Loaded {
        static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaLoader(loader -> loader
                        .fetchRemoteResources(false)
                        .schemaIdResolvers(r -> r.mapPrefix(ID_PREFIX, "classpath:org/opdl/schema/"))));
        static final Schema LISTING = REGISTRY.getSchema(SchemaLocation.of(Artifact.JSON_SCHEMA.iri()));
        static final Schema DATASET = REGISTRY.getSchema(SchemaLocation.of(Artifact.DATASET_SCHEMA.iri()));
    }

    private ListingSchemas() {
    }

    /** The offline registry, which knows the standard's schemas and the 2020-12 metaschema. */
    public static SchemaRegistry registry() {
        return Loaded.REGISTRY;
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
