package org.opdl.schema.xlsx;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.schema.csv.DatasetItemSheet;
import org.opdl.schema.csv.SheetForm;
import org.opdl.schema.csv.SheetForm.SheetColumn;
import org.opdl.schema.csv.SheetRows;
import org.opdl.schema.format.DatasetSink;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.ReaderRule;
import org.opdl.schema.format.SourceMap;
import org.opdl.schema.shape.DatasetFields;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the Organizations sheet: the dataset's own list of organizations, one a row, which
 * listings name by id. The sheet is read in one pass by the CSV form's own reader of such sheets
 * ({@link DatasetItemSheet}), each row as the dataset's cells of one CSV row, so its cells read
 * exactly as in a CSV file, its findings are placed on the row's own cells and an unknown column is
 * reported once. A column of the listings on this sheet is reported and not read, never dropped silently.
 */
final class OrganizationSheet {

    /** One row of the sheet as {@link SheetCells} gives it: its number and its cells, null where empty. */
    record Row(long number, List<String> cells) {
    }

    /**
     * What the sheet gave.
     *
     * @param list the organizations, in row order
     * @param places the cell of each pointer into the list, such as {@code /organizations/1/website}
     */
    record Result(ArrayNode list, SourceMap places) {
    }

    private OrganizationSheet() {
    }

    /** The organizations the rows after the heading row give, in row order; findings go to {@code notes}. */
    static Result read(String source, String sheet, List<Row> rows, Limits limits, Consumer<Finding> notes)
            throws IOException {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        List<Long> rowOf = new ArrayList<>();
        if (rows.isEmpty() || rows.get(0).number() != 1) {
            return new Result(out, places(source, sheet, List.of(), rowOf));
        }
        List<String> headings = rows.get(0).cells().stream().map(h -> h == null ? "" : h).toList();
        boolean[] kept = new boolean[headings.size()];
        for (int i = 0; i < headings.size(); i++) {
            SheetColumn c = SheetForm.find(headings.get(i)).orElse(null);
            kept[i] = c == null || c.dataset() && c.group().equals(Sheets.ORGANIZATIONS_GROUP);
            if (!kept[i]) {
                notes.accept(new Finding(ReaderRule.CSV_UNKNOWN_HEADING.id(), ReaderRule.CSV_UNKNOWN_HEADING.severity(),
                        new Location.Cell(source, -1, "", sheet, 1, headings.get(i), Location.Csv.letter(i)),
                        XlsxTexts.text("organization-column", headings.get(i), sheet),
                        XlsxTexts.text("organization-column.fix")));
            }
        }
        // One pass: the headings are read once, so each unknown column is reported once for the sheet.
        Iterator<Row> it = rows.iterator();
        SheetRows form = () -> {
            if (!it.hasNext()) {
                return null;
            }
            Row row = it.next();
            if (row.number() == 1) {
                return new SheetRows.Row(1, headings);
            }
            // A cell beyond the last heading is passed on too, for the form to name at its cell.
            int width = Math.max(headings.size(), row.cells().size());
            List<String> cells = new ArrayList<>(width);
            for (int i = 0; i < width; i++) {
                String v = (i >= headings.size() || kept[i]) && i < row.cells().size() && row.cells().get(i) != null ? row.cells().get(i) : "";
                // Each cell holds one organization's value, read whole: the CSV form reads the organizations'
                // columns as lists, so a | or \ inside this one organization's cell is escaped to stay one value.
                cells.add(v.replace("\\", "\\\\").replace("|", "\\|"));
            }
            return new SheetRows.Row(row.number(), cells);
        };
        try {
            DatasetItemSheet.read(source, form, limits, new DatasetItemSheet.Items() {
                @Override
                public void row(long number, ObjectNode fields, List<Finding> found) {
                    int index = out.size();
                    for (Finding f : found) {
                        if (f.ruleId().equals(ReaderRule.CSV_FORMULA.id())) {
                            continue;
                        }
                        if (f.location() instanceof Location.Csv c && c.row() == number) {
                            String pointer = c.pointer().replace("/" + Sheets.ORGANIZATIONS_GROUP + "/*/",
                                    "/" + Sheets.ORGANIZATIONS_GROUP + "/" + index + "/");
                            notes.accept(new Finding(f.ruleId(), f.severity(),
                                    new Location.Cell(c.source(), -1, pointer, sheet, number, c.heading(), c.column()),
                                    f.message(), f.fix()));
                        } else {
                            notes.accept(Cells.place(f, sheet));
                        }
                    }
                    // The CSV form reads the one row's cells as the organization itself (or, split, as a list of one).
                    var list = fields.path(Sheets.ORGANIZATIONS_GROUP);
                    if (list.isArray()) {
                        list.forEach(out::add);
                    } else if (list.isObject() && !list.isEmpty()) {
                        out.add(list);
                    }
                    for (int k = index; k < out.size(); k++) {
                        rowOf.add(number);
                    }
                }

                @Override
                public void note(Finding f) {
                    notes.accept(Cells.place(f, sheet));
                }
            });
        } catch (ReadException e) {
            throw new ReadException(e.rule(), Cells.place(e.location(), sheet, -1, null), e.text(), e.fix());
        }
        return new Result(out, places(source, sheet, headings, rowOf));
    }

    /** The cell of a pointer into the list: its item's row, under the heading whose column holds the field. */
    private static SourceMap places(String source, String sheet, List<String> headings, List<Long> rowOf) {
        String prefix = "/" + Sheets.ORGANIZATIONS_GROUP + "/";
        return pointer -> {
            if (pointer.startsWith(prefix)) {
                String rest = pointer.substring(prefix.length());
                int slash = rest.indexOf('/');
                String digits = slash < 0 ? rest : rest.substring(0, slash);
                int k = !digits.isEmpty() && digits.length() < 9 && digits.chars().allMatch(Character::isDigit)
                        ? Integer.parseInt(digits) : -1;
                if (k >= 0 && k < rowOf.size()) {
                    String field = prefix + "*" + (slash < 0 ? "" : rest.substring(slash));
                    for (int i = 0; i < headings.size(); i++) {
                        String at = SheetForm.find(headings.get(i)).map(SheetColumn::pointer).orElse("");
                        if (!at.isEmpty() && (field.equals(at) || field.startsWith(at + "/") || at.startsWith(field + "/"))) {
                            return new Location.Cell(source, -1, pointer, sheet, rowOf.get(k), headings.get(i), Location.Csv.letter(i));
                        }
                    }
                    return new Location.Cell(source, -1, pointer, sheet, rowOf.get(k), "", "");
                }
            }
            return new Location.Cell(source, -1, pointer, sheet, 0, "", "");
        };
    }

    /** A workbook whose Listings sheet has no dataset columns: its organizations still make a dataset, with a finding. */
    static void alone(String source, SourceMap places, ArrayNode organizations, DatasetSink sink) {
        Location.Cell at = (Location.Cell) places.locate("/" + Sheets.ORGANIZATIONS_GROUP);
        String sheet = at.sheet();
        sink.note(new Finding(ReaderRule.XLSX_UNKNOWN_SHEET.id(), ReaderRule.XLSX_UNKNOWN_SHEET.severity(), at,
                XlsxTexts.text("organizations-without-dataset", sheet), XlsxTexts.text("organizations-without-dataset.fix")));
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        fields.set(Sheets.ORGANIZATIONS_GROUP, organizations);
        sink.dataset(DatasetFields.completed(fields), places);
    }
}
