package org.opdl.schema.rdf;

import java.io.IOException;
import java.io.OutputStream;
import org.opdl.schema.format.ListingWriter;
import org.opdl.schema.format.SourceRecord;
import org.opdl.schema.shape.Shape;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes JSON-LD as the listings' own JSON form under the OPDL context, streamed:
 * {@code {"@context": "…/context/0.1.jsonld", "@graph": [ … ]}}. Each listing is first run through
 * the RDF mapping, so a listing that JSON-LD would silently shorten is refused instead.
 */
public final class JsonLdListingWriter implements ListingWriter {

    private static final ObjectWriter PRETTY = JsonMapper.builder().build().writer()
            .withDefaultPrettyPrinter().without(StreamWriteFeature.AUTO_CLOSE_TARGET);
    private static final TripleSink DISCARD = new TripleSink() {
        @Override
        public Term blank() {
            return Term.blank("b");
        }

        @Override
        public void node(Term subject, String predicate, Term object) {
            // Only the checks of the mapping matter here.
        }

        @Override
        public void literal(Term subject, String predicate, String lexical, String datatype, String lang) {
            // Only the checks of the mapping matter here.
        }
    };

    private final OutputStream out;
    private final ListingToRdf mapping = new ListingToRdf(Shape.standard());
    private JsonGenerator gen;

    /** A writer onto {@code out}. */
    public JsonLdListingWriter(OutputStream out) {
        this.out = out;
    }

    @Override
    public void begin(ObjectNode dataset) {
        gen = PRETTY.createGenerator(out);
        gen.writeStartObject();
        gen.writeStringProperty("@context", OpdlContext.IRI);
        gen.writeName("@graph");
        gen.writeStartArray();
    }

    @Override
    public void write(SourceRecord record) {
        mapping.emit(record.listing(), record.sourceMap(), DISCARD);
        gen.writeTree(record.listing());
    }

    @Override
    public void end(ObjectNode trailer) throws IOException {
        gen.writeEndArray();
        gen.writeEndObject();
        gen.close();
        out.write('\n');
        out.flush();
    }
}
