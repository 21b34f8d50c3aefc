package org.opdl.schema.csv;

import java.util.List;
import org.opdl.model.text.Text;
import org.opdl.model.field.Field;

/**
 * One column of the spreadsheet form.
 *
 * @param heading the heading in English and French
 * @param trail the fields from the listing down to the cell's field, inclusive
 * @param group the index in {@code trail} of the repeated object the cell belongs to, or -1
 * @param lang the language of a text column, or null
 * @param pointer the JSON pointer the column fills, with {@code *} for the item index of a group;
 *     inside the dataset's own fields for a dataset column
 * @param dataset true for a column of the dataset's own fields, repeated on every row
 */
record Column(Text heading, List<Field> trail, int group, String lang, String pointer, boolean dataset) {

    Column {
        trail = List.copyOf(trail);
    }

    /** The field whose value the cell holds. */
    Field field() {
        return trail.get(trail.size() - 1);
    }

    /** True when the cell holds several values separated by {@code |}. */
    boolean multi() {
        return group >= 0 || field().repeat();
    }
}
