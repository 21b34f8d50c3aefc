package org.opdl.schema.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.opdl.model.definition.FieldDefinition;
import org.opdl.model.finding.Finding;
import org.opdl.model.field.Field;
import org.opdl.model.finding.Location;
import org.opdl.schema.format.DatasetSink;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.ReaderRule;
import org.opdl.schema.migrate.Migration;
import org.opdl.schema.shape.DatasetFields;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The dataset's own columns of a spreadsheet, which hold the same value on every row: a blank
 * cell takes the value the other rows give, and two rows that give different values stop the read
 * naming both rows and the heading. The fields are handed on before the first listing; a column
 * first filled after it is handed on at the end, as fields that came after the listings.
 */
final class DatasetColumns {

    private final String source;
    private final CsvHeadings headings;
    private final CsvRow rows;
    private final boolean present;
    private final boolean written01;
    private final String[] values;
    private final long[] firstRow;
    private ObjectNode delivered;
    private long deliveredRow = Long.MAX_VALUE;
    private boolean late;

    /** The dataset columns of {@code headings}; {@code written01} when the heading row is that of a 0.1 sheet. */
    DatasetColumns(String source, CsvHeadings headings, CsvRow rows, boolean written01) {
        this.source = source;
        this.written01 = written01;
        this.headings = headings;
        this.rows = rows;
        this.present = headings.columns().stream().anyMatch(c -> c != null && c.dataset());
        this.values = new String[headings.columns().size()];
        this.firstRow = new long[values.length];
    }

    /** Takes the dataset cells of one row, checking each against the other rows. */
    void take(List<String> record, long row, int index) {
        if (!present) {
            return;
        }
        for (int i = 0; i < values.length && i < record.size(); i++) {
            Column c = headings.columns().get(i);
            String v = record.get(i);
            if (c == null || !c.dataset() || v.isBlank()) {
                continue;
            }
            if (values[i] == null) {
                values[i] = v;
                firstRow[i] = row;
                late |= delivered != null;
            } else if (!values[i].equals(v)) {
                String h = headings.written().get(i);
                throw new ReadException(ReaderRule.CONVERT_UNMAPPABLE,
                        new Location.Csv(source, index, c.pointer(), row, h, Location.Csv.letter(i)),
                        CsvMessages.CONVERT_UNMAPPABLE_ROWS_GIVE_DIFFERENT.text(firstRow[i], row, h),
                        CsvMessages.CONVERT_UNMAPPABLE_GIVE_EVERY_ROW.text());
            }
        }
    }

    /**
     * Hands the dataset's fields to {@code sink} once, before the first listing (on {@code row}),
     * when the sheet has dataset columns.
     */
    void beforeListing(DatasetSink sink, Consumer<Finding> notes, long row) {
        if (present && delivered == null) {
            deliveredRow = row;
            delivered = fields(notes, false);
            ObjectNode given = delivered;
            if (written01) {
                given = delivered.deepCopy();
                given.put(FieldDefinition.CONTEXT, Migration.CONTEXT_0_1);
            }
            sink.dataset(DatasetFields.completed(given));
        }
    }

    /** Hands on what is left at the end of the sheet: all the fields when there was no listing, else those first given late. */
    void end(DatasetSink sink, Consumer<Finding> notes) {
        if (!present) {
            return;
        }
        if (delivered == null) {
            beforeListing(sink, notes, Long.MAX_VALUE);
            return;
        }
        if (!late) {
            return;
        }
        ObjectNode after = fields(notes, true);
        after.propertyNames().forEach(name -> {
            if (delivered.has(name)) {
                int i = firstLate(name);
                String h = headings.written().get(i);
                throw new ReadException(ReaderRule.CONVERT_UNMAPPABLE,
                        new Location.Csv(source, -1, headings.columns().get(i).pointer(), firstRow[i], h, Location.Csv.letter(i)),
                        CsvMessages.CONVERT_UNMAPPABLE_BLANK_ROWS_ABOVE.text(h, firstRow[i], name),
                        CsvMessages.CONVERT_UNMAPPABLE_FILL_COLUMN_EVERY.text());
            }
        });
        sink.datasetEnd(after);
    }

    /** The fields of the columns filled so far; with {@code lateOnly}, only of those first filled after the first listing. */
    private ObjectNode fields(Consumer<Finding> notes, boolean lateOnly) {
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        Map<Field, Integer> groupSizes = new HashMap<>();
        Map<Field, Integer> groupWitness = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null || lateOnly && !isLate(i)) {
                continue;
            }
            rows.datasetCell(fields, headings.columns().get(i), values[i], firstRow[i], i, notes, groupSizes, groupWitness);
        }
        return fields;
    }

    private boolean isLate(int i) {
        return firstRow[i] > deliveredRow;
    }

    private int firstLate(String name) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null && isLate(i) && headings.columns().get(i).trail().get(0).name().equals(name)) {
                return i;
            }
        }
        return 0;
    }
}
