package org.opdl.schema.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Lang;
import org.opdl.schema.format.SourceRecord;
import org.opdl.schema.format.WriteOptions;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The empty spreadsheet a coordinator starts from: every heading of the form in one language and
 * one filled example row (a northern mentorship program) showing how each kind of cell is written.
 */
public final class CsvTemplate {

    private static final String EXAMPLE = "org/opdl/schema/csv/template-example.json";

    private CsvTemplate() {
    }

    /** The example listing of the template. */
    public static ObjectNode example() {
        try (InputStream in = CsvTemplate.class.getClassLoader().getResourceAsStream(EXAMPLE)) {
            return (ObjectNode) JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the template with headings in {@code lang}. */
    public static void write(OutputStream out, Lang lang) throws IOException {
        CsvListingWriter writer = new CsvListingWriter(out, new WriteOptions(lang, true));
        writer.begin(null, null);
        writer.write(new SourceRecord(0, example(), p -> new Location.Text(EXAMPLE, 0, 0), List.of()));
        writer.end(null, null);
    }
}
