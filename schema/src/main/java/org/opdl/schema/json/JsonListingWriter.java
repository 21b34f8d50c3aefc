package org.opdl.schema.json;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.opdl.schema.format.ListingWriter;
import org.opdl.schema.format.SourceMap;
import org.opdl.schema.format.SourceRecord;
import org.opdl.schema.shape.DatasetFields;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes listings as JSON, streamed: a dataset object when the source had one (its own fields
 * kept in place around {@code listings}), else a bare array; or NDJSON, one listing a line, after
 * a first line holding a dataset's own fields marked {@code "type": "Dataset"}, and before a last
 * such line when fields came after the listings. Values are written as read, so a decimal string
 * such as {@code "1500.00"} keeps every digit.
 */
public final class JsonListingWriter implements ListingWriter {

    private static final ObjectWriter PRETTY = JsonMapper.builder().build().writer()
            .withDefaultPrettyPrinter().without(StreamWriteFeature.AUTO_CLOSE_TARGET);
    private static final ObjectWriter LINES = JsonMapper.builder(JsonFactory.builder().rootValueSeparator("\n").build())
            .build().writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET);

    private final OutputStream out;
    private final boolean lines;
    private JsonGenerator gen;
    private boolean dataset;

    /** A writer onto {@code out}; {@code lines} chooses NDJSON over a JSON document. */
    public JsonListingWriter(OutputStream out, boolean lines) {
        this.out = out;
        this.lines = lines;
    }

    @Override
    public void begin(ObjectNode header, SourceMap map) throws IOException {
        gen = (lines ? LINES : PRETTY).createGenerator(out);
        dataset = header != null;
        if (lines) {
            if (dataset) {
                gen.writeTree(DatasetFields.marked(header, map));
            }
            return;
        }
        if (dataset) {
            gen.writeStartObject();
            writeFields(header);
            gen.writeName("listings");
        }
        gen.writeStartArray();
    }

    @Override
    public void write(SourceRecord record) throws IOException {
        gen.writeTree(record.listing());
    }

    @Override
    public void end(ObjectNode trailer, SourceMap map) throws IOException {
        if (lines && dataset) {
            ObjectNode after = DatasetFields.trailing(trailer);
            if (after != null) {
                ObjectNode line = JsonNodeFactory.instance.objectNode().put("type", DatasetFields.TYPE);
                line.setAll(after);
                gen.writeTree(line);
            }
        }
        if (!lines) {
            gen.writeEndArray();
            if (dataset) {
                if (trailer != null) {
                    writeFields(trailer);
                }
                gen.writeEndObject();
            }
        }
        gen.flush();
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
