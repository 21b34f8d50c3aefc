package org.opdl.schema.csv;

import org.opdl.model.definition.FieldType;
import org.opdl.model.field.Field;
import org.opdl.model.finding.Location;
import org.opdl.schema.cell.Readings;

/**
 * The apostrophe Excel puts before a cell to keep it as text ({@code '0012}, {@code '2027-03-15}),
 * which some programs save into the CSV file. In a column of numbers, dates, codes or addresses it
 * can be no part of the value, so it is read without it and counted once for the file; in a column
 * of words it may be the writer's own ({@code '90s Kids Lab}), so it is kept.
 */
final class TextMarker {

    private TextMarker() {
    }

    /** {@code v} without Excel's text marker when {@code field} holds no words, the reading counted in {@code readings}. */
    static String strip(Field field, String v, Location where, Readings readings) {
        if (v.length() < 2 || v.charAt(0) != '\'' || v.charAt(1) == '\'' || Cells.isSpace(v.charAt(1))) {
            return v;
        }
        FieldType t = field.type();
        if (t == FieldType.TEXT || t == FieldType.STRING) {
            return v;
        }
        String read = v.substring(1);
        readings.add(Readings.Kind.TEXT_MARKER, where, v, read);
        return read;
    }
}
