package org.opdl.schema.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.schema.format.DatasetSink;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.SourceRecord;
import org.opdl.schema.migrate.Migration;
import tools.jackson.databind.node.ObjectNode;

@DisplayName("A spreadsheet that says no version is read as 0.1 when its headings are those of 0.1")
class ZeroOneHeadingsTest {

    static final Path V01 = Path.of(System.getProperty("opdl.root"), "schema/src/test/resources/org/opdl/schema/migrate/v0.1");

    /** The CSV text of {@code file} without the columns headed by one of {@code drop}. */
    static String without(Path file, Set<String> drop) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
        StringWriter out = new StringWriter();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(CSVFormat.RFC4180).get();
                CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            List<Integer> keep = null;
            for (CSVRecord r : parser) {
                if (keep == null) {
                    keep = new ArrayList<>();
                    for (int i = 0; i < r.size(); i++) {
                        if (!drop.contains(r.get(i))) {
                            keep.add(i);
                        }
                    }
                }
                List<String> cells = new ArrayList<>();
                for (int i : keep) {
                    cells.add(i < r.size() ? r.get(i) : "");
                }
                printer.printRecord(cells);
            }
        }
        return out.toString();
    }

    private record Read(List<ObjectNode> listings, List<ObjectNode> datasets) {
    }

    private static Read read(String csv) throws IOException {
        Read read = new Read(new ArrayList<>(), new ArrayList<>());
        new CsvListingReader(Limits.DEFAULT).read("old.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                new DatasetSink() {
                    @Override
                    public void record(SourceRecord record) {
                        read.listings().add(record.listing());
                    }

                    @Override
                    public void note(org.opdl.model.finding.Finding finding) {
                    }

                    @Override
                    public void dataset(ObjectNode fields) {
                        read.datasets().add(fields);
                    }
                });
        return read;
    }

    @Test
    @DisplayName("every 0.1 example written without its JSON-LD context column gives listings of the 0.1 context")
    void examplesWithoutContext() throws IOException {
        List<Path> files;
        try (var s = Files.list(V01)) {
            files = s.filter(p -> p.toString().endsWith(".csv") && !p.getFileName().toString().equals("dataset.csv")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(18);
        for (Path f : files) {
            Read read = read(without(f, Set.of("JSON-LD context")));
            assertThat(read.listings()).as(f.toString()).isNotEmpty()
                    .allSatisfy(l -> assertThat(l.path("@context").asString()).isEqualTo(Migration.CONTEXT_0_1));
        }
    }

    @Test
    @DisplayName("a 0.1 dataset written without its context and version columns is a 0.1 dataset")
    void datasetWithoutVersion() throws IOException {
        Read read = read(without(V01.resolve("dataset.csv"), Set.of("JSON-LD context", "Standard version")));
        assertThat(read.datasets()).hasSize(1);
        assertThat(Migration.declaredVersion(read.datasets().get(0))).contains(Migration.FROM);
        assertThat(read.listings()).hasSizeGreaterThan(1)
                .allSatisfy(l -> assertThat(l.path("@context").asString()).isEqualTo(Migration.CONTEXT_0_1));
    }

    @Test
    @DisplayName("a column that 0.2 added, or a 0.1 required column left out, keeps the sheet at the current version")
    void currentVersion() throws IOException {
        Path mentorship = V01.resolve("cmpa-production-mentorship.csv");
        String old = without(mentorship, Set.of("JSON-LD context"));
        String withStreams = old.replaceFirst("\r?\n", ",Stream (en)\r\n");
        assertThat(read(withStreams).listings()).isNotEmpty().allSatisfy(l -> assertThat(l.has("@context")).isFalse());
        String noContact = without(mentorship, Set.of("JSON-LD context", "Contact email"));
        assertThat(read(noContact).listings()).isNotEmpty().allSatisfy(l -> assertThat(l.has("@context")).isFalse());
        String only = "Listing ID,Provider name (en),Title (en),Program page,Program types\r\n"
                + "listing:cmpa/mentorship,Canadian Media Producers Association,Production Mentorship,https://cmpa.ca/,mentorship\r\n";
        assertThat(read(only).listings()).singleElement().satisfies(l -> assertThat(l.has("@context")).isFalse());
    }

    @Test
    @DisplayName("a sheet with its JSON-LD context column is read by what the column says, as before")
    void contextColumnDecides() throws IOException {
        String csv = Files.readString(V01.resolve("cmpa-production-mentorship.csv"), StandardCharsets.UTF_8);
        assertThat(read(csv).listings()).allSatisfy(l -> assertThat(l.path("@context").asString()).isEqualTo(Migration.CONTEXT_0_1));
    }
}
