package org.opdl.schema.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.opdl.model.definition.FieldDefinition;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.finding.Severity;
import org.opdl.schema.cell.Readings;
import org.opdl.schema.format.DatasetSink;
import org.opdl.schema.format.LimitErrors;
import org.opdl.schema.format.ListingReader;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ReaderRule;
import org.opdl.schema.format.SourceRecord;
import org.opdl.schema.migrate.Migration;
import org.opdl.model.field.FieldTree;
import org.opdl.schema.shape.ShapeOrder;

/**
 * Reads the spreadsheet form, one row per listing, streamed with Commons CSV. Headings may be in
 * English or French; unknown, duplicate and blank headings, blank rows and the encoding are
 * reported, and the readings cells needed are counted and stated once each. A cell that cannot be
 * read without guessing is a finding on that cell, and the rest of the file is still read; a row
 * with more cells than headings is named and not read, as its cells may sit under the wrong headings. Columns of the dataset's own fields
 * make the sheet a dataset; a row with only those filled is not a listing.
 */
public final class CsvListingReader implements ListingReader {

    /** The separator of a sheet that is no CSV file. */
    private static final char NO_SEPARATOR = 0;

    private final Limits limits;
    private final CsvLayout layout = CsvLayout.standard();

    /** A reader under the given limits. */
    public CsvListingReader(Limits limits) {
        this.limits = limits;
    }

    @Override
    public void read(String source, InputStream in, DatasetSink sink) throws IOException {
        Consumer<Finding> fileNotes = sink::note;
        CsvInput input;
        try {
            input = CsvInput.open(LimitErrors.bounded(source, in, limits));
        } catch (CharacterCodingException e) {
            // Skipping an Excel sep= line already decodes; a byte no encoding maps stops there.
            throw CsvFileChecks.failure(source, 1, e);
        }
        if (input.workbook()) {
            throw new ReadException(ReaderRule.SYNTAX_CSV, new Location.Csv(source, -1, "", 1, "", ""),
                    CsvMessages.SYNTAX_CSV_FILE_IS_WORKBOOK.text(), CsvMessages.SYNTAX_CSV_NAME_WORKBOOK.text());
        }
        CsvFileChecks.reportInput(source, input, fileNotes);
        CSVFormat format = CsvFileChecks.format(source, input.delimiter());
        long rowShift = input.sepLine() ? 1 : 0;
        BufferedReader body = new BufferedReader(input.reader());
        try {
            CsvFileChecks.refuseJson(source, body);
        } catch (CharacterCodingException e) {
            throw CsvFileChecks.failure(source, 1, e);
        }
        RecordBudget budget = new RecordBudget(body, limits.maxRecordBytes());
        try (CSVParser parser = CSVParser.builder().setReader(budget).setFormat(format).get()) {
            Iterator<CSVRecord> it = parser.iterator();
            SheetRows records = () -> {
                if (!it.hasNext()) {
                    return null;
                }
                CSVRecord r = it.next();
                budget.nextRecord();
                return new SheetRows.Row(r.getRecordNumber() + rowShift, r.toList());
            };
            readRows(source, records, input.mixed() ? new MixedEncoding(source) : null, rowShift, input.delimiter(), true, sink);
        }
    }

    /**
     * Reads the rows of a sheet from any source, such as a workbook's sheet, exactly as the rows of
     * a CSV file: the same headings, cells, findings and limits, each place a row and heading of
     * the sheet. The first row is the heading row.
     */
    public void read(String source, SheetRows rows, DatasetSink sink) throws IOException {
        readRows(source, rows, null, 0, NO_SEPARATOR, true, sink);
    }

    /**
     * Reads the rows of an item sheet, such as a workbook's Fees sheet, as {@link #read(String,
     * SheetRows, DatasetSink)} does, except that a sheet with no row under its headings is not
     * reported: a listing need not have items.
     */
    public void readItems(String source, SheetRows rows, DatasetSink sink) throws IOException {
        readRows(source, rows, null, 0, NO_SEPARATOR, false, sink);
    }

    /**
     * Reads the heading row and the rows under it; {@code separator} is the CSV file's, or
     * {@link #NO_SEPARATOR} for a workbook's sheet, whose cells cannot move from column to column.
     */
    private void readRows(String source, SheetRows rows, MixedEncoding mixed, long rowShift, char separator,
            boolean listingsExpected, DatasetSink sink) throws IOException {
        Consumer<Finding> fileNotes = sink::note;
        long lastRow = 0;
        try {
            SheetRows.Row head = rows.next();
            if (head == null) {
                throw ReadException.empty(source, CsvMessages.START_OPDL_TEMPLATE.text());
            }
            Readings readings = new Readings();
            List<String> first = cells(head, mixed, null, fileNotes);
            if (isBlank(first) && onlyBlank(rows)) {
                throw ReadException.empty(source, CsvMessages.START_OPDL_TEMPLATE.text());
            }
            checkShape(source, first, head.number(), null);
            lastRow = head.number();
            CsvHeadings.checkTitleAbove(source, first, head.number(), rows, layout);
            CsvHeadings headings = CsvHeadings.read(source, first, head.number(), rowShift, layout, fileNotes);
            CsvRow cellReader = new CsvRow(source, headings, limits, readings);
            // A sheet whose headings are those of 0.1, with no column saying its version, is read as 0.1 says.
            boolean written01 = CsvVersion.written01(headings.columns());
            DatasetColumns dataset = new DatasetColumns(source, headings, cellReader, written01);
            List<Long> blanks = new ArrayList<>();
            boolean anyRow = false;
            int index = 0;
            for (SheetRows.Row next = rows.next(); next != null; next = rows.next()) {
                long row = next.number();
                lastRow = row;
                List<String> record = cells(next, mixed, headings, fileNotes);
                checkShape(source, record, row, headings);
                headings.unknown().row(record, fileNotes);
                if (isBlank(record)) {
                    blanks.add(row);
                    continue;
                }
                Finding footer = FooterRow.of(source, record, row, headings);
                if (footer != null) {
                    // Blank rows above a note or totals under the table are trailing rows, not a gap between listings.
                    fileNotes.accept(footer);
                    continue;
                }
                if (!blanks.isEmpty()) {
                    fileNotes.accept(blankRows(source, blanks, Severity.WARNING));
                    blanks.clear();
                }
                Finding errors = ErrorValues.row(source, record, row);
                if (errors != null) {
                    // Formulas that lost what they read: named with their cells, not blamed as empty required fields.
                    anyRow = true;
                    fileNotes.accept(errors);
                    continue;
                }
                if (repeatsHeadings(record, first)) {
                    fileNotes.accept(new Finding(ReaderRule.CSV_DUPLICATE_HEADING.id(), ReaderRule.CSV_DUPLICATE_HEADING.severity(),
                            new Location.Csv(source, -1, "", row, "", ""),
                            CsvMessages.CSV_DUPLICATE_HEADING_ROW.text(row, head.number()),
                            CsvMessages.CSV_DUPLICATE_HEADING_ROW_DELETE.text(row)));
                    continue;
                }
                anyRow = true;
                Finding extra = separator == NO_SEPARATOR ? null : ExtraCells.of(source, record, row, headings, separator);
                if (extra != null) {
                    // Its cells may sit under the wrong headings: named, not read, and the rows below read on.
                    fileNotes.accept(extra);
                    continue;
                }
                List<Finding> notes = new ArrayList<>();
                int i = index;
                var listing = cellReader.listing(record, row, i, notes::add);
                dataset.take(record, row, i);
                if (listing.isEmpty()) {
                    // A row whose only filled cells could not be read gives no listing, but its cells' findings still go out.
                    notes.forEach(fileNotes);
                    continue;
                }
                index++;
                LimitErrors.checkRecords(index, new Location.Csv(source, i, "", row, "", ""), limits);
                dataset.beforeListing(sink, fileNotes, row);
                if (written01) {
                    listing.put(FieldDefinition.CONTEXT, Migration.CONTEXT_0_1);
                }
                sink.record(new SourceRecord(i, ShapeOrder.reorder(listing, FieldTree.listing().root()),
                        cellReader.map(row, i), notes));
            }
            if (!blanks.isEmpty()) {
                fileNotes.accept(blankRows(source, blanks, Severity.INFO));
            }
            if (!anyRow && listingsExpected) {
                // The form sent back untouched: without a word, "0 listings" passes as a clean file.
                fileNotes.accept(new Finding(ReaderRule.CSV_NO_LISTING.id(), ReaderRule.CSV_NO_LISTING.severity(),
                        new Location.Csv(source, -1, "", head.number(), "", ""),
                        CsvMessages.CSV_NO_LISTING_HEADINGS_ONLY.text(head.number()), CsvMessages.CSV_NO_LISTING_FILL_ROWS.text()));
            }
            headings.unknown().end(fileNotes);
            dataset.end(sink, fileNotes);
            readings.findings().forEach(fileNotes);
            if (mixed != null) {
                mixed.end(fileNotes);
            }
        } catch (RecordBudget.Exceeded e) {
            throw LimitErrors.limit(ReaderRule.LIMIT_RECORD, new Location.Csv(source, -1, "", lastRow + 1, "", ""), CsvMessages.LIMIT_RECORD_ROW_LONGER_THAN.text((lastRow + 1), limits.maxRecordBytes()), "--max-record-size");
        } catch (UncheckedIOException e) {
            throw CsvFileChecks.failure(source, lastRow + 1, e.getCause());
        } catch (CharacterCodingException e) {
            throw CsvFileChecks.failure(source, lastRow + 1, e);
        } catch (IllegalStateException e) {
            throw new ReadException(ReaderRule.SYNTAX_CSV, new Location.Csv(source, -1, "", lastRow + 1, "", ""),
                    CsvMessages.SYNTAX_CSV_SPREADSHEET_NOT_VALID.text(lastRow, e.getMessage()),
                    CsvMessages.SYNTAX_CSV_LOOK_CELL_OPENING.text());
        }
    }

    /**
     * Refuses a row past the row limit, with more cells than the cell limit, or holding a NUL
     * character, which spreadsheets never write and which cuts text short in many programs.
     */
    /** The cells of a row, with any bytes of another encoding put back and reported. */
    private static List<String> cells(SheetRows.Row row, MixedEncoding mixed, CsvHeadings headings,
            Consumer<Finding> notes) {
        return mixed == null ? row.cells() : mixed.clean(row.cells(), row.number(), headings, notes);
    }

    void checkShape(String source, List<String> record, long row, CsvHeadings headings) {
        Location.Csv at = new Location.Csv(source, -1, "", row, "", "");
        for (int i = 0; i < record.size(); i++) {
            if (record.get(i).indexOf('\u0000') >= 0) {
                String heading = headings != null && i < headings.written().size() ? headings.written().get(i) : "";
                throw new ReadException(ReaderRule.SYNTAX_CSV, new Location.Csv(source, -1, "", row, heading, Location.Csv.letter(i)),
                        CsvMessages.SYNTAX_CSV_CELL_HOLDS_NUL.text(),
                        CsvMessages.SYNTAX_CSV_SAVE_FILE_AGAIN.text());
            }
        }
        if (row > limits.maxRows()) {
            throw LimitErrors.limit(ReaderRule.LIMIT_ROWS, at, CsvMessages.LIMIT_ROWS_SPREADSHEET_MORE_THAN.text(limits.maxRows()), "--max-rows");
        }
        if (record.size() > limits.maxCells()) {
            throw LimitErrors.limit(ReaderRule.LIMIT_CELLS, at, CsvMessages.LIMIT_CELLS_ROW_CELLS_MORE.text(row, record.size(), limits.maxCells()), "--max-cells");
        }
    }

    private static Finding blankRows(String source, List<Long> rows, Severity severity) {
        String list = rows.size() > 10 ? rows.get(0) + "–" + rows.get(rows.size() - 1) : rows.toString().replaceAll("[\\[\\]]", "");
        return new Finding(ReaderRule.CSV_BLANK_ROWS.id(), severity, new Location.Csv(source, -1, "", rows.get(0), "", ""),
                CsvMessages.CSV_BLANK_ROWS_BLANK_ROW_S.text(rows.size(), list),
                CsvMessages.CSV_BLANK_ROWS_DELETE_BLANK_ROWS.text());
    }

    /** True when every row left is blank; consumes them, as a sheet with a blank first row is refused anyway. */
    private static boolean onlyBlank(SheetRows rows) throws IOException {
        for (SheetRows.Row r = rows.next(); r != null; r = rows.next()) {
            if (!isBlank(r.cells())) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when a row holds the heading row again, as after copying a block of rows with its
     * headings: two cells or more, each the heading of its column.
     */
    private static boolean repeatsHeadings(List<String> record, List<String> headings) {
        int same = 0;
        for (int i = 0; i < record.size(); i++) {
            String cell = record.get(i).strip();
            if (cell.isEmpty()) {
                continue;
            }
            if (i >= headings.size() || !cell.equals(headings.get(i).strip())) {
                return false;
            }
            same++;
        }
        return same >= 2;
    }

    private static boolean isBlank(List<String> record) {
        for (String v : record) {
            if (!v.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
