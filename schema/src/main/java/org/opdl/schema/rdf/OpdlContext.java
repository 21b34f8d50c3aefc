package org.opdl.schema.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.opdl.model.definition.StandardDefinition;

/**
 * The published JSON-LD context of the standard, the only remote document the JSON-LD reader may
 * resolve, and always from the jar (the artifact generated from the field definition).
 */
public final class OpdlContext {

    /** The IRI by which listings name the context. */
    public static final String IRI = StandardDefinition.contextIri();

    private static final String RESOURCE = "org/opdl/schema/0.1/context.jsonld";

    private static final class Holder {
        static final byte[] BYTES = load();
    }

    private OpdlContext() {
    }

    /** The context document's bytes (UTF-8 JSON). */
    public static byte[] bytes() {
        return Holder.BYTES.clone();
    }

    private static byte[] load() {
        try (InputStream in = OpdlContext.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
