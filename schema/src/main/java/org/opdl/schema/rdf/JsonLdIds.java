package org.opdl.schema.rdf;

import org.opdl.schema.format.ReaderRule;
import java.util.HashMap;
import java.util.Map;
import org.opdl.model.finding.Location;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.shape.Values;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/**
 * The ids of a JSON-LD document in the order they are written, read before Jena turns the document
 * into triples: JSON-LD processors list nodes in an order of their own, and the listings must come
 * back in the file's order. The same pass refuses a blank node id ({@code "id": "_:b1"}), which
 * JSON-LD keeps only as an anonymous node, so the id would be lost without a word.
 */
final class JsonLdIds {

    private JsonLdIds() {
    }

    /**
     * The position of each id (expanded to an IRI) in {@code bytes}, which the JSON reader's scan
     * has already checked: the first id written has position 0.
     */
    static Map<String, Integer> positions(String source, byte[] bytes, Limits limits) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNameLength(limits.maxNameLength())
                        .maxNumberLength(limits.maxNumberLength())
                        .build())
                .build();
        Map<String, Integer> positions = new HashMap<>();
        try (JsonParser p = factory.createParser(ObjectReadContext.empty(), bytes)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t != JsonToken.VALUE_STRING) {
                    continue;
                }
                String key = p.currentName();
                if (!"id".equals(key) && !"@id".equals(key)) {
                    continue;
                }
                String id = p.getString();
                if (id.startsWith("_:")) {
                    throw blankId(source, id, p);
                }
                positions.putIfAbsent(Values.expand(id), positions.size());
            }
        }
        return positions;
    }

    private static ReadException blankId(String source, String id, JsonParser p) {
        var at = p.currentTokenLocation();
        return new ReadException(ReaderRule.CONVERT_UNMAPPABLE, new Location.Text(source, at.getLineNr(), at.getColumnNr()),
                RdfMessages.CONVERT_UNMAPPABLE_ID_JSON_LD.text(id),
                RdfMessages.GIVE_LISTING_ID.text());
    }
}
