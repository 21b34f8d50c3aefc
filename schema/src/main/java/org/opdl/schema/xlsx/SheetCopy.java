package org.opdl.schema.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.opdl.model.finding.Finding;
import org.opdl.schema.csv.SheetForm;
import org.opdl.schema.format.Limits;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams one sheet of a workbook with SAX into a CSV copy on disk, which the CSV form's own reader
 * then reads, so headings and cells read exactly as in a CSV file. Only one row is in memory at a
 * time. On a sheet of one item per row, an item's cell holds one value, so a | in it is escaped for
 * the CSV form, which would otherwise split it.
 */
final class SheetCopy {

    /** A sheet of the workbook: its name and its part. */
    record SheetRef(String name, PackagePart part) {
    }

    /** What the copy found while streaming: whether the headings hold the record type or context. */
    static final class Found {
        private boolean technical;

        /** True when the headings hold the record type or the JSON-LD context. */
        boolean technical() {
            return technical;
        }
    }

    private SheetCopy() {
    }

    /**
     * Copies {@code sheet} into a new temporary CSV file and returns it; the caller deletes it.
     * {@code tap} sees each row as it is copied (its number and cells, null where empty).
     */
    static Path copy(String source, SheetRef sheet, SheetCells.Context cells, boolean oneItemPerRow, Found found,
            SheetCells.Rows tap, Consumer<Finding> cellNotes) throws IOException {
        Path csv = Files.createTempFile("opdl-", ".csv");
        boolean done = false;
        try {
            // Rows are printed into a StringBuilder and written in large pieces: Commons CSV appends a
            // character at a time, which through a Writer cost more than the rest of the copy.
            StringBuilder rows = new StringBuilder(1 << 17);
            try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
                    CSVPrinter printer = new CSVPrinter(rows, CSVFormat.RFC4180)) {
                long[] last = {0};
                List<Boolean> single = new ArrayList<>();
                parse(source, sheet, cells.handler(sheet.name(), (n, row) -> {
                    if (n == 1) {
                        found.technical = row.stream().anyMatch(h -> h != null
                                && SheetForm.find(h).filter(SheetPlan::isTechnical).isPresent());
                        row.forEach(h -> single.add(oneItemPerRow && h != null
                                && SheetForm.find(h).filter(c -> !c.group().isEmpty() && !c.dataset()).isPresent()));
                    }
                    tap.row(n, row);
                    try {
                        while (last[0] + 1 < n) {
                            printer.println();
                            last[0]++;
                        }
                        for (int i = 0; i < row.size(); i++) {
                            String c = row.get(i) == null ? "" : row.get(i);
                            boolean one = n > 1 && i < single.size() && single.get(i) && c.indexOf('|') >= 0;
                            printer.print(one ? SheetForm.join(List.of(c)) : c);
                        }
                        printer.println();
                        last[0] = Math.max(last[0], n);
                        if (rows.length() >= 1 << 16) {
                            w.append(rows);
                            rows.setLength(0);
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, cellNotes));
                w.append(rows);
            }
            done = true;
            return csv;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            if (!done) {
                Files.deleteIfExists(csv);
            }
        }
    }

    /** Streams the cells of {@code sheet} into {@code handler}; a broken part is a refusal naming it. */
    static void parse(String source, SheetRef sheet, SheetCells handler) throws IOException {
        try (InputStream in = sheet.part().getInputStream()) {
            XMLReader reader = XMLHelper.newXMLReader();
            reader.setContentHandler(handler);
            reader.parse(new InputSource(in));
        } catch (SAXException | javax.xml.parsers.ParserConfigurationException e) {
            throw WorkbookPackage.corrupt(source, sheet.part().getPartName().getName() + ", sheet \"" + sheet.name() + "\"", e);
        } catch (IOException e) {
            throw bombOr(source, sheet.part().getPartName().getName(), e);
        }
    }

    /** POI's zip guard speaks through I/O errors: a zip bomb becomes a refusal naming the part. */
    static IOException bombOr(String source, String part, IOException e) {
        if (e instanceof java.util.zip.ZipException || e instanceof java.io.EOFException
                || e instanceof java.io.CharConversionException || e instanceof java.io.UnsupportedEncodingException) {
            // Broken or cut compressed bytes, or XML in an encoding that does not exist or bytes
            // that are not of their encoding: a corrupt workbook, not a failing disk (found by fuzzing).
            throw WorkbookPackage.corrupt(source, part, e);
        }
        if (e.getMessage() != null && (e.getMessage().contains("Zip bomb") || e.getMessage().contains("exceeds the max"))) {
            throw WorkbookPackage.corrupt(source, part, e);
        }
        return e;
    }
}
