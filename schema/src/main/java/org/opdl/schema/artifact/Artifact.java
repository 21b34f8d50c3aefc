package org.opdl.schema.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.opdl.model.vocab.Iris;

/**
 * One published artifact of the standard, read from the jar. The set is fixed by the generators
 * in this package, so it is an enum; {@link #cliName()} is the name {@code opdl schema --artifact}
 * takes.
 */
public enum Artifact {
    /** The JSON Schema of one listing. */
    JSON_SCHEMA("json-schema", "listing.schema.json", Iris.BASE + "schema/0.2/listing.schema.json"),
    /** The JSON Schema of a dataset of listings. */
    DATASET_SCHEMA("dataset-schema", "dataset.schema.json", Iris.BASE + "schema/0.2/dataset.schema.json"),
    /** The JSON-LD 1.1 context that turns a listing's JSON into RDF. */
    CONTEXT("context", "context.jsonld", Iris.BASE + "context/0.2.jsonld"),
    /** The RDF vocabulary: classes, properties and SKOS concept schemes, in Turtle. */
    VOCABULARY("vocabulary", "vocabulary.ttl", Iris.BASE + "ns"),
    /** The same RDF vocabulary in JSON-LD, made from the Turtle so that both say one graph. */
    VOCABULARY_JSONLD("vocabulary-jsonld", "vocabulary.jsonld", Iris.BASE + "ns"),
    /** The SHACL shapes, as strict as the JSON Schema, in Turtle. */
    SHAPES("shapes", "shapes.ttl", Iris.BASE + "shapes");

    /** The classpath folder where the artifacts of this version ship. */
    public static final String FOLDER = "org/opdl/schema/0.2/";

    private final String cliName;
    private final String fileName;
    private final String iri;

    Artifact(String cliName, String fileName, String iri) {
        this.cliName = cliName;
        this.fileName = fileName;
        this.iri = iri;
    }

    /** The name on the command line, such as {@code json-schema}. */
    public String cliName() {
        return cliName;
    }

    /** The file name, such as {@code listing.schema.json}. */
    public String fileName() {
        return fileName;
    }

    /** The IRI the artifact is published at (its {@code $id} for a JSON Schema). */
    public String iri() {
        return iri;
    }

    /** The classpath resource, such as {@code org/opdl/schema/0.2/context.jsonld}. */
    public String resource() {
        return FOLDER + fileName;
    }

    /** The artifact's text, read from the jar. */
    public String text() {
        try (InputStream in = Artifact.class.getClassLoader().getResourceAsStream(resource())) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + resource());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The artifact with this command-line name, if any. */
    public static Optional<Artifact> named(String cliName) {
        return Arrays.stream(values()).filter(a -> a.cliName.equals(cliName)).findFirst();
    }

    /** Every command-line name, in order. */
    public static List<String> cliNames() {
        return Arrays.stream(values()).map(Artifact::cliName).toList();
    }
}
