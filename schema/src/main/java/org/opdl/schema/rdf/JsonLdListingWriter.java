package org.opdl.schema.rdf;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import org.opdl.model.field.JsonPointer;
import org.opdl.schema.format.ListingWriter;
import java.util.Map;
import org.opdl.schema.format.SourceMap;
import org.opdl.schema.format.SourceRecord;
import org.opdl.schema.shape.DatasetFields;
import org.opdl.model.field.FieldTree;
import org.opdl.schema.shape.Values;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes JSON-LD as the listings' own JSON form under the OPDL context, streamed:
 * {@code {"@context": "…/context/0.2.jsonld", "@graph": [ … ]}}, or for a dataset the dataset
 * object itself, marked {@code "type": "Dataset"}, with its {@code listings}; the context is
 * written once, at the top, and not again in each listing. Each listing and the
 * dataset's fields are first run through the RDF mapping, so a value that JSON-LD would silently
 * shorten is refused instead.
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
    private final ListingToRdf mapping = new ListingToRdf(FieldTree.listing());
    private JsonGenerator gen;
    private boolean dataset;

    /** A writer onto {@code out}. */
    public JsonLdListingWriter(OutputStream out) {
        this.out = out;
    }

    @Override
    public void begin(ObjectNode dataset, SourceMap map) {
        gen = PRETTY.createGenerator(out);
        gen.writeStartObject();
        gen.writeStringProperty("@context", OpdlContext.IRI);
        this.dataset = dataset != null;
        if (this.dataset) {
            ObjectNode fields = DatasetFields.marked(dataset, map);
            mapping.emitDataset(fields, map, DISCARD);
            fields.remove("@context");
            writeFields(fields);
            gen.writeName("listings");
        } else {
            gen.writeName("@graph");
        }
        gen.writeStartArray();
    }

    @Override
    public void write(SourceRecord record) {
        mapping.emit(record.listing(), record.sourceMap(), DISCARD);
        refuseHugeIntegers(record.listing(), "", record);
        writeListing(record.listing());
    }

    /**
     * Writes a listing without the context it names when that is the document's own: the one at the
     * top already applies to every listing, so the expanded form is the same, and the file is not
     * padded with a copy per listing. Any other context is kept, as it changes what the listing means.
     */
    private void writeListing(ObjectNode listing) {
        JsonNode context = listing.get("@context");
        if (context == null || !context.isString() || !OpdlContext.IRI.equals(context.stringValue())) {
            gen.writeTree(listing);
            return;
        }
        gen.writeStartObject();
        for (Map.Entry<String, JsonNode> e : listing.properties()) {
            if (!"@context".equals(e.getKey())) {
                gen.writeName(e.getKey());
                gen.writeTree(e.getValue());
            }
        }
        gen.writeEndObject();
    }

    /**
     * JSON-LD reads a whole number of 10^21 or more as an {@code xsd:double}, so such a number would
     * not come back as written; it is refused with its place instead.
     */
    private static void refuseHugeIntegers(JsonNode node, String pointer, SourceRecord record) {
        if (node.isContainer()) {
            for (var e : node.properties()) {
                refuseHugeIntegers(e.getValue(), JsonPointer.append(pointer, e.getKey()), record);
            }
            for (int i = 0; node.isArray() && i < node.size(); i++) {
                refuseHugeIntegers(node.get(i), pointer + "/" + i, record);
            }
        } else if (node.isBigInteger() && node.bigIntegerValue().abs().compareTo(DOUBLE_IN_JSON_LD) >= 0) {
            throw Values.unmappable(record.sourceMap(), pointer,
                    RdfMessages.JSON_LD_WOULD.text(node.bigIntegerValue()),
                    RdfMessages.CHECK_VALUE_NO.text());
        }
    }

    /** The smallest whole number JSON-LD writes as an {@code xsd:double}. */
    private static final BigInteger DOUBLE_IN_JSON_LD = BigInteger.TEN.pow(21);

    @Override
    public void end(ObjectNode trailer, SourceMap map) throws IOException {
        gen.writeEndArray();
        ObjectNode after = dataset ? DatasetFields.trailing(trailer) : null;
        if (after != null) {
            mapping.emitDatasetMore(DISCARD.blank(), after, map, DISCARD);
            after.remove("@context");
            writeFields(after);
        }
        gen.writeEndObject();
        gen.close();
        out.write('\n');
        out.flush();
    }

    private void writeFields(ObjectNode fields) {
        for (Map.Entry<String, JsonNode> e : fields.properties()) {
            gen.writeName(e.getKey());
            gen.writeTree(e.getValue());
        }
    }
}
