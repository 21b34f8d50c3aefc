package org.opdl.schema.rdf;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.opdl.schema.artifact.Artifact;

/**
 * A JSON-LD document loader that serves the standard's context from the jar and refuses every
 * other address, so that reading a listing never reaches the network.
 */
final class BundledDocumentLoader implements DocumentLoader {

    private final byte[] context = Artifact.CONTEXT.text().getBytes(StandardCharsets.UTF_8);

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        if (!url.toString().equals(Artifact.CONTEXT.iri())) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "only the bundled context "
                    + Artifact.CONTEXT.iri() + " can be used; " + url + " would have to be fetched from the network");
        }
        JsonDocument doc = JsonDocument.of(new ByteArrayInputStream(context));
        doc.setDocumentUrl(url);
        return doc;
    }
}
