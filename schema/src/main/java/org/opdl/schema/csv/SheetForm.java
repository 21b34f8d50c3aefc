package org.opdl.schema.csv;

import java.util.List;
import java.util.Optional;
import org.opdl.model.definition.FieldType;
import org.opdl.model.text.Text;

/**
 * The columns of the spreadsheet form as other formats see them, so that a workbook lays out and
 * reads its cells exactly as the CSV form does, headings, groups and list cells included.
 */
public final class SheetForm {

    private SheetForm() {
    }

    /**
     * One column of the form.
     *
     * @param heading the heading in English and French
     * @param pointer the JSON pointer it fills, with {@code *} for the item of a group
     * @param group the JSON path of the repeated object the cell belongs to (such as {@code intakes}), or empty
     * @param path the dotted path of the field, such as {@code intakes.startDate}
     * @param type the kind of value
     * @param scheme the concept scheme of a code column, or empty
     * @param required true when the standard requires the field within its parent
     * @param list true when the cell holds several values separated by {@code |} (outside a group)
     * @param dataset true for a column of the dataset's own fields
     */
    public record SheetColumn(Text heading, String pointer, String group, String path, FieldType type, String scheme,
            boolean required, boolean list, boolean dataset) {
    }

    /** The columns of a listing, in definition order. */
    public static List<SheetColumn> columns() {
        return CsvLayout.standard().columns().stream().map(SheetForm::view).toList();
    }

    /** The columns of the dataset's own fields. */
    public static List<SheetColumn> datasetColumns() {
        return CsvLayout.standard().datasetColumns().stream().map(SheetForm::view).toList();
    }

    /** The column a heading names, in either language. */
    public static Optional<SheetColumn> find(String heading) {
        return CsvLayout.standard().find(heading).map(SheetForm::view);
    }

    /** The values of a list cell, as the CSV form splits them. */
    public static List<String> split(String cell) {
        return Lists.split(cell);
    }

    /** The list cell for these values, as the CSV form writes them. */
    public static String join(List<String> values) {
        return Lists.join(values);
    }

    private static SheetColumn view(Column c) {
        String group = "";
        if (c.group() >= 0) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i <= c.group(); i++) {
                sb.append(i == 0 ? "" : ".").append(c.trail().get(i).name());
            }
            group = sb.toString();
        }
        return new SheetColumn(c.heading(), c.pointer(), group, c.field().path(), c.field().type(), c.field().scheme().orElse(""),
                c.field().required(), c.group() < 0 && c.field().repeat(), c.dataset());
    }
}
