package org.opdl.schema.xlsx;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.opdl.model.finding.Finding;
import org.opdl.schema.csv.CsvListingWriter;
import org.opdl.schema.format.ListingWriter;
import org.opdl.schema.format.SourceMap;
import org.opdl.schema.format.SourceRecord;
import org.opdl.schema.format.WriteOptions;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the workbook form. The dataset's own list of organizations goes to a sheet of its own,
 * one organization a row. Listings go through the CSV form's own writer into a temporary file,
 * so a workbook refuses exactly what the CSV form cannot carry, then are laid out on the sheets at
 * {@link #end}. Cells of a workbook are typed, so none is ever run as a formula and the
 * spreadsheet-safe option changes nothing.
 */
public final class XlsxListingWriter implements ListingWriter {

    private final OutputStream out;
    private final WriteOptions options;
    private Path csv;
    private OutputStream csvOut;
    private CsvListingWriter writer;

    /** A writer onto {@code out}. */
    public XlsxListingWriter(OutputStream out, WriteOptions options) {
        this.out = out;
        this.options = new WriteOptions(options.lang(), false);
    }

    @Override
    public void begin(ObjectNode dataset, SourceMap map) throws IOException {
        csv = Files.createTempFile("opdl-", ".csv");
        csvOut = new BufferedOutputStream(Files.newOutputStream(csv), 1 << 16);
        writer = new CsvListingWriter(csvOut, options);
        try {
            writer.begin(dataset, map);
        } catch (RuntimeException | IOException e) {
            discard();
            throw e;
        }
    }

    @Override
    public void write(SourceRecord record) throws IOException {
        try {
            writer.write(record);
        } catch (RuntimeException | IOException e) {
            discard();
            throw e;
        }
    }

    @Override
    public void end(ObjectNode trailer, SourceMap map) throws IOException {
        try {
            writer.end(trailer, map);
            csvOut.close();
            WorkbookWriter.write(csv, out, options.lang());
        } finally {
            discard();
        }
    }

    @Override
    public List<Finding> changes(String source) {
        return List.of();
    }

    private void discard() throws IOException {
        if (csvOut != null) {
            csvOut.close();
        }
        if (csv != null) {
            Files.deleteIfExists(csv);
        }
    }
}
