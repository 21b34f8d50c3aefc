package org.opdl.schema.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.schema.csv.CsvListingReader;
import org.opdl.schema.csv.SheetForm;
import org.opdl.schema.csv.SheetForm.SheetColumn;
import org.opdl.schema.format.DatasetSink;
import org.opdl.schema.shape.DatasetFields;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ReaderRule;
import org.opdl.schema.format.SourceMap;
import org.opdl.schema.format.SourceRecord;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the Organizations sheet: the dataset's own list of organizations, one a row, which
 * listings name by id. Each row is read by the CSV form's own reader as a sheet of one row, so its
 * cells read exactly as in a CSV file, and its findings are placed on the row's own cells. A
 * column of the listings on this sheet is reported and not read, never dropped silently.
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
        // Each row is read on its own, so each reports the unknown headings again: an error where the row
        // fills the column, else a warning. One error per column goes on; a warning only if no row filled it.
        Set<Location> filled = new HashSet<>();
        Map<Location, Finding> empty = new LinkedHashMap<>();
        Consumer<Finding> once = f -> {
            if (f.ruleId().equals(ReaderRule.CSV_UNKNOWN_HEADING.id())) {
                empty.remove(f.location());
                if (filled.add(f.location())) {
                    notes.accept(f);
                }
            } else if (f.ruleId().equals(ReaderRule.CSV_EMPTY_UNKNOWN_COLUMN.id())) {
                if (!filled.contains(f.location())) {
                    empty.putIfAbsent(f.location(), f);
                }
            } else {
                notes.accept(f);
            }
        };
        boolean first = true;
        for (Row row : rows.subList(1, rows.size())) {
            List<String> cells = new ArrayList<>();
            boolean any = false;
            for (int i = 0; i < headings.size(); i++) {
                String v = kept[i] && i < row.cells().size() && row.cells().get(i) != null ? row.cells().get(i) : "";
                any |= !v.isBlank();
                // Each cell holds one organization's value, read whole: a | in it is not a separator.
                cells.add(v);
            }
            if (any) {
                int before = out.size();
                readRow(source, sheet, headings, cells, row.number(), out, limits, first, once);
                for (int k = before; k < out.size(); k++) {
                    rowOf.add(row.number());
                }
                first = false;
            }
        }
        empty.values().forEach(notes);
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

    private static void readRow(String source, String sheet, List<String> headings, List<String> cells, long number,
            ArrayNode out, Limits limits, boolean first, Consumer<Finding> notes) throws IOException {
        StringWriter csv = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
            printer.printRecord(headings);
            // The CSV form reads the organizations' columns as lists, one value per organization:
            // a | or \ inside this one organization's cell is escaped so that it stays one value.
            printer.printRecord(cells.stream().map(c -> c == null ? null : c.replace("\\", "\\\\").replace("|", "\\|")).toList());
        }
        int index = out.size();
        new CsvListingReader(limits).read(source, new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                new DatasetSink() {
                    @Override
                    public void dataset(ObjectNode fields) {
                        // The CSV form reads the one row's cells as the organization itself (or, split, as a list of one).
                        var list = fields.path(Sheets.ORGANIZATIONS_GROUP);
                        if (list.isArray()) {
                            list.forEach(out::add);
                        } else if (list.isObject() && !list.isEmpty()) {
                            out.add(list);
                        }
                    }

                    @Override
                    public void record(SourceRecord record) {
                        // Never called: the cells of listing columns were blanked above, so no row is a listing.
                    }

                    @Override
                    public void note(Finding f) {
                        if (f.ruleId().equals(ReaderRule.CSV_FORMULA.id())) {
                            return;
                        }
                        if (f.location() instanceof Location.Csv c && c.row() == 2) {
                            String pointer = c.pointer().replace("/" + Sheets.ORGANIZATIONS_GROUP + "/*/",
                                    "/" + Sheets.ORGANIZATIONS_GROUP + "/" + index + "/");
                            notes.accept(new Finding(f.ruleId(), f.severity(),
                                    new Location.Cell(c.source(), -1, pointer, sheet, number, c.heading(), c.column()),
                                    f.message(), f.fix()));
                        } else if (first || f.ruleId().equals(ReaderRule.CSV_UNKNOWN_HEADING.id())
                                || f.ruleId().equals(ReaderRule.CSV_EMPTY_UNKNOWN_COLUMN.id())) {
                            notes.accept(Cells.place(f, sheet));
                        }
                    }
                });
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
