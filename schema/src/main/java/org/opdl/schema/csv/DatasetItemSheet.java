package org.opdl.schema.csv;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.opdl.model.finding.Finding;
import org.opdl.schema.cell.Readings;
import org.opdl.schema.format.DatasetSink;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.SourceRecord;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads, in one pass, a sheet whose rows each give one item of the dataset's own fields, such as a
 * workbook's Organizations sheet. The heading row is read once, as the CSV form reads it, and each
 * row's cells as the dataset's columns of a CSV file of that one row, so a cell reads exactly as in
 * a CSV file and its findings, readings included, are its row's own. An unknown column is reported
 * once for the whole sheet, as on the Listings sheet: an error at the first row that fills it, a
 * warning at the end when none does. Blank rows give nothing; nor does a sheet with no other row,
 * not even a finding about its headings.
 */
public final class DatasetItemSheet {

    /** What the sheet gives, row by row. */
    public interface Items {

        /**
         * One row that is not blank.
         *
         * @param number the row's number in the sheet
         * @param fields the dataset's fields its cells give
         * @param notes the findings the row gave, in order: on its cells (placed on its row) or on a heading
         */
        void row(long number, ObjectNode fields, List<Finding> notes);

        /** A finding about the sheet's headings, given once for the whole sheet. */
        void note(Finding f);
    }

    private DatasetItemSheet() {
    }

    /** Reads {@code rows}, the first of which is the heading row, under {@code limits}. */
    public static void read(String source, SheetRows rows, Limits limits, Items out) throws IOException {
        SheetRows.Row head = rows.next();
        if (head == null) {
            return;
        }
        CsvListingReader shape = new CsvListingReader(limits);
        CsvHeadings headings = null;
        boolean written01 = false;
        for (SheetRows.Row next = rows.next(); next != null; next = rows.next()) {
            List<String> record = next.cells();
            if (record.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (headings == null) {
                shape.checkShape(source, head.cells(), head.number(), null);
                headings = CsvHeadings.read(source, head.cells(), head.number(), 0, CsvLayout.standard(), out::note);
                written01 = CsvVersion.written01(headings.columns());
            }
            long row = next.number();
            shape.checkShape(source, record, row, headings);
            List<Finding> notes = new ArrayList<>();
            headings.unknown().row(record, notes::add);
            // Readings are counted and stated row by row: each row is an item of its own.
            Readings readings = new Readings();
            CsvRow cells = new CsvRow(source, headings, limits, readings);
            // Checks the row's shape (lengths), and names a note beside the table (a cell under no heading, or
            // beyond the last) at its cell, the rest of the row read, as on the Listings sheet; dataset cells make no listing.
            cells.listing(record, row, 0, notes::add);
            DatasetColumns dataset = new DatasetColumns(source, headings, cells, written01);
            dataset.take(record, row, 0);
            ObjectNode[] fields = {JsonNodeFactory.instance.objectNode()};
            dataset.end(new DatasetSink() {
                @Override
                public void dataset(ObjectNode given) {
                    fields[0] = given;
                }

                @Override
                public void record(SourceRecord record) {
                    // Never called: the dataset's columns give no listing.
                }

                @Override
                public void note(Finding f) {
                    notes.add(f);
                }
            }, notes::add);
            notes.addAll(readings.findings());
            out.row(row, fields[0], notes);
        }
        if (headings != null) {
            headings.unknown().end(out::note);
        }
    }
}
