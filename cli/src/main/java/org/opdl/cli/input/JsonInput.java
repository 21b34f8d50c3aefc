package org.opdl.cli.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Text;
import org.opdl.schema.format.ListingReader;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.SourceRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads listings from JSON (one listing, an array of listings, or a dataset object whose
 * {@code listings} array is streamed) or from NDJSON (one listing per line), one at a time. A
 * syntax error stops the file with an {@code opdl.syntax.json} error naming its line and column.
 *
 * @param ndjson true for one listing per line
 */
public record JsonInput(boolean ndjson) implements ListingReader {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    @Override
    public void read(String source, InputStream in, Consumer<SourceRecord> records, Consumer<Finding> fileNotes)
            throws IOException {
        if (ndjson) {
            readLines(source, in, records);
            return;
        }
        try (JsonParser p = JSON.createParser(in)) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_ARRAY) {
                readArray(source, p, records);
            } else if (first == JsonToken.START_OBJECT) {
                readObject(source, p, records);
            } else if (first != null) {
                throw syntax(source, p.currentTokenLocation(), "a listing, a list of listings or a dataset",
                        "une fiche, une liste de fiches ou un jeu de données");
            }
        } catch (JacksonException e) {
            throw syntax(source, e.getLocation(), e.getOriginalMessage(), e.getOriginalMessage());
        }
    }

    private void readArray(String source, JsonParser p, Consumer<SourceRecord> records) {
        int index = 0;
        while (p.nextToken() == JsonToken.START_OBJECT) {
            TokenStreamLocation at = p.currentTokenLocation();
            JsonNode node = JSON.readTree(p);
            records.accept(record(source, index++, (ObjectNode) node, at.getLineNr(), at.getColumnNr()));
        }
        if (p.currentToken() != JsonToken.END_ARRAY) {
            throw syntax(source, p.currentTokenLocation(), "each item of the list must be a listing object",
                    "chaque élément de la liste doit être un objet fiche");
        }
    }

    private void readObject(String source, JsonParser p, Consumer<SourceRecord> records) {
        TokenStreamLocation start = p.currentTokenLocation();
        ObjectNode header = JSON.createObjectNode();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            if (p.nextToken() == JsonToken.START_ARRAY && name.equals("listings")) {
                readArray(source, p, records);
            } else {
                header.set(name, JSON.readTree(p));
            }
        }
        if (!header.has("standardVersion") && !header.has("publisher")) {
            records.accept(record(source, 0, header, start.getLineNr(), start.getColumnNr()));
        }
    }

    private static void readLines(String source, InputStream in, Consumer<SourceRecord> records) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        String line;
        long number = 0;
        int index = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JacksonException e) {
                TokenStreamLocation at = e.getLocation();
                throw new ReadException("opdl.syntax.json", new Location.Text(source, number, at == null ? 0 : at.getColumnNr()),
                        new Text("line " + number + " is not valid JSON: " + e.getOriginalMessage(),
                                "la ligne " + number + " n'est pas du JSON valide : " + e.getOriginalMessage()),
                        new Text("Write one complete listing object per line.", "Écrivez un objet fiche complet par ligne."));
            }
            if (!(node instanceof ObjectNode listing)) {
                throw new ReadException("opdl.syntax.json", new Location.Text(source, number, 1),
                        new Text("line " + number + " is not a listing object", "la ligne " + number + " n'est pas un objet fiche"),
                        new Text("Write one listing object per line.", "Écrivez un objet fiche par ligne."));
            }
            records.accept(record(source, index++, listing, number, 1));
        }
    }

    private static SourceRecord record(String source, int index, ObjectNode listing, long line, long column) {
        return new SourceRecord(index, listing, pointer -> new Location.Json(source, index, pointer, line, column), List.of());
    }

    private static ReadException syntax(String source, TokenStreamLocation at, String en, String fr) {
        long line = at == null ? 0 : at.getLineNr();
        long column = at == null ? 0 : at.getColumnNr();
        return new ReadException("opdl.syntax.json", new Location.Text(source, line, column),
                new Text("not valid JSON: " + en, "JSON non valide : " + fr),
                new Text("Correct the JSON at the place shown, then validate again.",
                        "Corrigez le JSON à l'endroit indiqué, puis validez de nouveau."));
    }
}
