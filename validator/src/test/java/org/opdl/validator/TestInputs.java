package org.opdl.validator;

import java.util.ArrayList;
import java.util.List;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Text;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.SourceRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Builds source records straight from JSON trees, with locations that carry only the pointer. */
public final class TestInputs {

    /** The interim listing schema the tests use until the published one exists. */
    public static final String SCHEMA = "https://w3id.org/opdl/schema/0.2/listing.schema.json";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TestInputs() {
    }

    /** One record per listing, located by pointer. */
    public static List<SourceRecord> records(String source, List<ObjectNode> listings) {
        List<SourceRecord> out = new ArrayList<>();
        for (int i = 0; i < listings.size(); i++) {
            int index = i;
            out.add(new SourceRecord(i, listings.get(i),
                    pointer -> new Location.Json(source, index, pointer, 0, 0), List.of()));
        }
        return out;
    }

    /** Parses a JSON array of listings; a syntax error becomes the reader's ReadException. */
    public static List<SourceRecord> parse(String source, String text) {
        JsonNode tree;
        try {
            tree = JSON.readTree(text);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            throw new ReadException(org.opdl.schema.format.ReaderRule.SYNTAX_JSON,
                    new Location.Text(source, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr()),
                    new Text("not valid JSON", "JSON non valide"), new Text("fix the JSON", "corrigez le JSON"));
        }
        List<ObjectNode> listings = new ArrayList<>();
        tree.forEach(n -> listings.add((ObjectNode) n));
        return records(source, listings);
    }
}
