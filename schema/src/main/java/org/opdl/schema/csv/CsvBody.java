package org.opdl.schema.csv;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of a spreadsheet being written, held until the headings are known: a listing's text in
 * a language other than English and French (such as {@code fr-CA}) gets a column of its own, and
 * the heading row comes first. Rows are kept in memory up to {@link #IN_MEMORY} bytes and in a
 * temporary file beyond, so memory stays flat however many listings there are. A row carries its
 * cells in other languages after its ordinary cells, as pairs of column pointer and cell; when no
 * listing had any, the rows are copied out unchanged.
 */
final class CsvBody implements AutoCloseable {

    static final int IN_MEMORY = 8 << 20;

    private final ByteArrayOutputStream memory = new ByteArrayOutputStream(1 << 16);
    private Path spill;
    private OutputStream sink = memory;
    private Writer writer;
    private CSVPrinter printer;
    private boolean pairs;

    CsvBody() {
        reopen();
    }

    private void reopen() {
        writer = new BufferedWriter(new OutputStreamWriter(sink, StandardCharsets.UTF_8), 1 << 16);
        try {
            printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a row: its ordinary cells, then its cells in other languages by column pointer. */
    void add(List<String> cells, Map<String, String> others) throws IOException {
        if (!others.isEmpty()) {
            pairs = true;
            cells = new ArrayList<>(cells);
            for (Map.Entry<String, String> e : others.entrySet()) {
                cells.add(e.getKey());
                cells.add(e.getValue());
            }
        }
        printer.printRecord(cells);
        if (spill == null && memory.size() > IN_MEMORY) {
            printer.flush();
            spill = Files.createTempFile("opdl-csv", ".rows");
            spill.toFile().deleteOnExit();
            OutputStream file = new BufferedOutputStream(Files.newOutputStream(spill), 1 << 16);
            memory.writeTo(file);
            memory.reset();
            sink = file;
            reopen();
        }
    }

    /**
     * Writes the rows onto {@code out} with {@code finalRow} turning a row's ordinary cells and its
     * other-language cells into the cells written.
     */
    void copyTo(Writer out, CSVPrinter target, int width, RowShaper finalRow) throws IOException {
        printer.flush();
        sink.flush();
        if (!pairs) {
            out.flush();
            try (InputStream in = rows()) {
                Reader r = new InputStreamReader(in, StandardCharsets.UTF_8);
                r.transferTo(out);
            }
            return;
        }
        try (InputStream in = rows(); CSVParser parser = CSVParser.builder()
                .setReader(new InputStreamReader(in, StandardCharsets.UTF_8)).setFormat(CSVFormat.RFC4180).get()) {
            for (CSVRecord r : parser) {
                List<String> cells = r.toList();
                Map<String, String> others = new HashMap<>();
                for (int i = width; i + 1 < cells.size(); i += 2) {
                    others.put(cells.get(i), cells.get(i + 1));
                }
                target.printRecord(finalRow.cells(cells.subList(0, width), others));
            }
        }
    }

    private InputStream rows() throws IOException {
        if (spill == null) {
            return new ByteArrayInputStream(memory.toByteArray());
        }
        sink.close();
        return Files.newInputStream(spill);
    }

    @Override
    public void close() throws IOException {
        if (spill != null) {
            try {
                sink.close();
            } finally {
                Files.deleteIfExists(spill);
            }
        }
    }

    /** Makes the cells a row is written with. */
    interface RowShaper {
        /** The cells written for a row of these ordinary cells and other-language cells. */
        List<String> cells(List<String> ordinary, Map<String, String> others);
    }
}
