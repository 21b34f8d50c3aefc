package org.opdl.schema.csv;

import java.util.regex.Pattern;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Text;
import org.opdl.schema.format.SourceMap;

/**
 * The source map of the listing on one row of a sheet: a pointer is placed on the cell of its
 * column, and a pointer whose column the sheet lacks names the heading to add, in the sheet's
 * language. Messages name the columns by their headings ({@link CsvTerms}).
 */
record RowSourceMap(String source, CsvHeadings headings, long row, int index) implements SourceMap {

    /** An item's number in a pointer, which a column's pointer writes as {@code *}. */
    private static final Pattern ITEM = Pattern.compile("/\\d+(?=/|$)");

    @Override
    public Location locate(String pointer) {
        if (pointer.isEmpty()) {
            // The whole listing is the row, not the first column, whose pointer every pointer starts with.
            return new Location.Csv(source, index, pointer, row, "", "");
        }
        String template = ITEM.matcher(pointer).replaceAll("/*");
        int at = headings.position(template);
        if (at < 0 && template.endsWith("/*")) {
            at = headings.position(template.substring(0, template.length() - 2));
        }
        if (at < 0) {
            // No column in the sheet: name the one to add, as the form heads it in the sheet's language.
            String missing = CsvLayout.standard().columns().stream()
                    .filter(c -> c.pointer().equals(template) || c.pointer().startsWith(template + "/"))
                    .findFirst().map(c -> headings.french() ? c.heading().fr() : c.heading().en()).orElse("");
            return new Location.Csv(source, index, pointer, row, missing, "");
        }
        return new Location.Csv(source, index, pointer, row, headings.written().get(at), Location.Csv.letter(at));
    }

    @Override
    public Text terms(Text text, String pointer) {
        return CsvTerms.rewrite(text, pointer);
    }
}
