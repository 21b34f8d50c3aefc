package org.opdl.schema.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.opdl.model.finding.Finding;
import org.opdl.schema.convert.Formats;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.SourceRecord;

/** What a reader gave for one file of a reader test (a sheet, JSON or RDF): the listings read and the file's own findings. */
public record SheetRead(List<SourceRecord> records, List<Finding> notes) {

    /** Reads {@code bytes} as a file named {@code in.FORMAT} with the default limits. */
    public static SheetRead of(String format, byte[] bytes) throws IOException {
        List<SourceRecord> records = new ArrayList<>();
        List<Finding> notes = new ArrayList<>();
        Formats.named(format).orElseThrow().reader(Limits.DEFAULT)
                .read("in." + format, new ByteArrayInputStream(bytes), records::add, notes::add);
        return new SheetRead(records, notes);
    }

    /** Reads {@code text} in UTF-8 as a file named {@code in.FORMAT} with the default limits. */
    public static SheetRead of(String format, String text) throws IOException {
        return of(format, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The file's findings of one rule. */
    public List<Finding> of(String rule) {
        return notes.stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    /** The ids of the listings read, in order. */
    public List<String> ids() {
        return records.stream().map(r -> r.listing().path("id").asString()).toList();
    }
}
