package org.opdl.schema.rdf;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Duration;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.util.Context;
import org.opdl.schema.format.Limits;

/**
 * JSON-LD options that never touch the network or the file system: the document loader serves
 * the bundled OPDL context (and the frozen 0.1 one) and refuses every other IRI, undefined terms fail instead of being
 * dropped silently, and so does a base direction ({@code @direction}); the processing of one
 * document stops at a deadline ({@link Limits#jsonLdTime()}), since crafted scoped contexts can
 * make it run for a long time.
 */
public final class JsonLdLoading {

    /** The start of the message of a refused context, which readers recognise. */
    static final String REFUSED = "OPDL refuses to load the JSON-LD context ";

    private JsonLdLoading() {
    }

    /** The options for Jena's JSON-LD 1.1 reader, with the default deadline. */
    public static JsonLdOptions options() {
        return options(Limits.DEFAULT.jsonLdTime());
    }

    /** The options for Jena's JSON-LD 1.1 reader, stopping the processing of a document after {@code deadline}. */
    public static JsonLdOptions options(Duration deadline) {
        JsonLdLog.quiet();
        long end = System.nanoTime() + deadline.toNanos();
        JsonLdOptions options = new JsonLdOptions((URI url, com.apicatalog.jsonld.loader.DocumentLoaderOptions o) -> {
            // Titanium checks its deadline only between properties of a node, so a node with many
            // types, each naming the OPDL context as its scoped context, could run long unchecked:
            // each load of a context checks the deadline too.
            if (System.nanoTime() - end > 0) {
                throw new JsonLdError(JsonLdErrorCode.PROCESSING_TIMEOUT_EXCEEDED);
            }
            // A context named relative to no base is read against the OPDL namespace, as the ids are.
            String named = RelativeIris.opdl(url.toString());
            boolean old = OpdlContext.IRI_0_1.equals(named);
            if (old || OpdlContext.IRI.equals(named)) {
                Document doc = JsonDocument.of(MediaType.JSON_LD,
                        new ByteArrayInputStream(old ? OpdlContext.bytes01() : OpdlContext.bytes()));
                doc.setDocumentUrl(url);
                return doc;
            }
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, REFUSED + named);
        });
        options.setUndefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail);
        options.setTimeout(deadline);
        // Without a mode the processor drops "@direction" without a word; as an i18n datatype it
        // reaches TermCheck, which refuses it by name.
        options.setRdfDirection(JsonLdOptions.RdfDirection.I18N_DATATYPE);
        return options;
    }

    /** A Jena context carrying {@link #options()}. */
    public static Context jenaContext() {
        return jenaContext(Limits.DEFAULT.jsonLdTime());
    }

    /** A Jena context carrying {@link #options(Duration)}. */
    public static Context jenaContext(Duration deadline) {
        Context cxt = new Context();
        cxt.set(LangJSONLD11.JSONLD_OPTIONS, options(deadline));
        return cxt;
    }
}
