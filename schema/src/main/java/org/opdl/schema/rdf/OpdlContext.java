package org.opdl.schema.rdf;

import java.nio.charset.StandardCharsets;
import org.opdl.schema.artifact.Artifact;

/**
 * The published JSON-LD context of the standard, the only remote document the JSON-LD reader may
 * resolve, and always from the jar: it is {@link Artifact#CONTEXT}, read once.
 */
public final class OpdlContext {

    /** The IRI by which listings name the context. */
    public static final String IRI = Artifact.CONTEXT.iri();

    private static final class Holder {
        static final byte[] BYTES = Artifact.CONTEXT.text().getBytes(StandardCharsets.UTF_8);
    }

    private OpdlContext() {
    }

    /** The context document's bytes (UTF-8 JSON). */
    public static byte[] bytes() {
        return Holder.BYTES.clone();
    }
}
