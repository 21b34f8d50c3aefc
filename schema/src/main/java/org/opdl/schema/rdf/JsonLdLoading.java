package org.opdl.schema.rdf;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import java.io.ByteArrayInputStream;
import java.net.URI;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.util.Context;

/**
 * JSON-LD options that never touch the network or the file system: the document loader serves
 * the bundled OPDL context and refuses every other IRI, and undefined terms fail instead of being
 * dropped silently, and so does a base direction ({@code @direction}).
 */
public final class JsonLdLoading {

    /** The start of the message of a refused context, which readers recognise. */
    static final String REFUSED = "OPDL refuses to load the JSON-LD context ";

    private JsonLdLoading() {
    }

    /** The options for Jena's JSON-LD 1.1 reader. */
    public static JsonLdOptions options() {
        JsonLdOptions options = new JsonLdOptions((URI url, com.apicatalog.jsonld.loader.DocumentLoaderOptions o) -> {
            if (OpdlContext.IRI.equals(url.toString())) {
                Document doc = JsonDocument.of(MediaType.JSON_LD, new ByteArrayInputStream(OpdlContext.bytes()));
                doc.setDocumentUrl(url);
                return doc;
            }
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, REFUSED + url);
        });
        options.setUndefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail);
        // Without a mode the processor drops "@direction" without a word; as an i18n datatype it
        // reaches TermCheck, which refuses it by name.
        options.setRdfDirection(JsonLdOptions.RdfDirection.I18N_DATATYPE);
        return options;
    }

    /** A Jena context carrying {@link #options()}. */
    public static Context jenaContext() {
        Context cxt = new Context();
        cxt.set(LangJSONLD11.JSONLD_OPTIONS, options());
        return cxt;
    }
}
