package org.opdl.schema.csv;

import java.util.regex.Pattern;
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

    /** The marker after a separator of values, before a value that is no quote of its own. */
    private static final Pattern EACH_VALUE = Pattern.compile("(\\|[ \\u00A0]?)'(?=[^'\\s|])");

    private TextMarker() {
    }

    /**
     * {@code v} without Excel's text marker when {@code field} holds no words, the reading counted in
     * {@code readings}; in a cell of several values, the marker typed before each of them
     * ({@code '2027-03-07 | '2027-09-03}) is taken off too.
     */
    static String strip(Field field, String v, Location where, Readings readings) {
        if (v.indexOf('\'') < 0) {
            return v;
        }
        FieldType t = field.type();
        if (t == FieldType.TEXT || t == FieldType.STRING) {
            return v;
        }
        String read = EACH_VALUE.matcher(marked(v) ? v.substring(1) : v).replaceAll("$1");
        if (read.equals(v)) {
            return v;
        }
        readings.add(Readings.Kind.TEXT_MARKER, where, v, read);
        return read;
    }

    /** True when {@code v} opens with the marker, not with a quote of its own ({@code ''}) or a lone apostrophe before a space. */
    private static boolean marked(String v) {
        return v.length() >= 2 && v.charAt(0) == '\'' && v.charAt(1) != '\'' && !Cells.isSpace(v.charAt(1));
    }
}
