package org.opdl.schema.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.opdl.schema.artifact.Artifact;

/**
 * The published JSON-LD context of the standard, the only remote document the JSON-LD reader may
 * resolve, and always from the jar: it is {@link Artifact#CONTEXT}, read once.
 */
public final class OpdlContext {

    /** The IRI by which listings name the context. */
    public static final String IRI = Artifact.CONTEXT.iri();

    /**
     * The IRI of the 0.1 context, which files written for 0.1 name; its terms are a subset of this
     * version's with the same meanings, so such a file reads as the same graph, and can be migrated.
     */
    public static final String IRI_0_1 = "https://w3id.org/opdl/context/0.1.jsonld";

    private static final class Holder {
        static final byte[] BYTES = Artifact.CONTEXT.text().getBytes(StandardCharsets.UTF_8);
    }

    private static final class Holder01 {
        static final byte[] BYTES = read01();

        private static byte[] read01() {
            try (InputStream in = OpdlContext.class.getResourceAsStream("/org/opdl/schema/0.1/context.jsonld")) {
                if (in == null) {
                    throw new IllegalStateException("the 0.1 context is missing from the jar");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private OpdlContext() {
    }

    /** The 0.1 context document's bytes (UTF-8 JSON), frozen as published. */
    public static byte[] bytes01() {
        return Holder01.BYTES.clone();
    }

    /** The context document's bytes (UTF-8 JSON). */
    public static byte[] bytes() {
        return Holder.BYTES.clone();
    }
}
