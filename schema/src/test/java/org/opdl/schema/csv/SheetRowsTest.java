package org.opdl.schema.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.finding.Finding;
import org.opdl.schema.format.DatasetSink;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.SourceRecord;

@DisplayName("Rows of a sheet from any source read exactly as the same rows of a CSV file")
class SheetRowsTest {

    private static final List<List<String>> ROWS = List.of(
            List.of("Listing ID", "Title (en)", "Program types", "Country", "Hours per week"),
            List.of("listing:prairie-film-coop/documentary-residency", "Documentary Residency", "residency", "Canada", "12"),
            List.of("", "", "", "", ""),
            List.of("listing:prairie-film-coop/editing-lab", "Editing Lab", "lab", "Canada", "30 h"),
            List.of("listing:prairie-film-coop/pitch-day", "Pitch Day", "market-pitch-forum", "Canadaa", ""));

    private record Read(List<String> listings, List<String> findings) {
    }

    private static Read read(ReaderCall call) throws IOException {
        List<String> listings = new ArrayList<>();
        List<String> findings = new ArrayList<>();
        call.read(DatasetSink.of((SourceRecord r) -> {
            listings.add(r.listing().toString());
            r.notes().forEach(f -> findings.add(shown(f)));
        }, f -> findings.add(shown(f))));
        return new Read(listings, findings);
    }

    private static String shown(Finding f) {
        return f.severity() + " " + f.ruleId() + " " + f.location();
    }

    private interface ReaderCall {
        void read(DatasetSink sink) throws IOException;
    }

    @Test
    @DisplayName("gives the same listings and the same findings, at the same rows and headings")
    void sameAsCsv() throws IOException {
        StringWriter csv = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
            for (List<String> row : ROWS) {
                printer.printRecord(row);
            }
        }
        CsvListingReader reader = new CsvListingReader(Limits.DEFAULT);
        Read fromCsv = read(sink -> reader.read("residencies.csv",
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), sink));
        Iterator<List<String>> it = ROWS.iterator();
        long[] number = {0};
        Read fromRows = read(sink -> reader.read("residencies.csv",
                () -> it.hasNext() ? new SheetRows.Row(++number[0], it.next()) : null, sink));

        assertThat(fromRows).isEqualTo(fromCsv);
        assertThat(fromRows.listings()).hasSize(3);
        assertThat(fromRows.findings()).anyMatch(f -> f.contains("row=4, heading=Hours per week")).anyMatch(f -> f.contains("opdl.csv.blank-rows") && f.contains("row=3"));
    }
}
