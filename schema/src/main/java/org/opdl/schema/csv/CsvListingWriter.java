package org.opdl.schema.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.opdl.model.field.JsonPointer;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Text;
import org.opdl.schema.cell.SheetForms;
import org.opdl.schema.format.ListingWriter;
import org.opdl.schema.format.ReaderRule;
import org.opdl.schema.format.SourceMap;
import org.opdl.schema.format.SourceRecord;
import org.opdl.schema.format.WriteOptions;
import org.opdl.schema.shape.DatasetFields;
import org.opdl.model.definition.FieldDefinition;
import org.opdl.model.definition.FieldType;
import org.opdl.model.field.FieldTree;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the spreadsheet form, one row per listing, in UTF-8 with a byte-order mark so that Excel
 * shows accents. For a dataset, the dataset's own fields get columns after the listing's, filled
 * on every row so that sorting the rows loses nothing; a last row holding only them carries fields
 * that came after the listings, or the fields of a dataset with no listings. Text in a language
 * other than English and French gets a column of its own after the field's French column, such as
 * {@code Title (fr-CA)}, so rows are held ({@link CsvBody}) until the headings are known. Empty
 * values and empty repeated items cannot be told apart in a spreadsheet and stop the conversion.
 * By default, text cells that a spreadsheet would run as formulas get a leading apostrophe, which
 * opdl's reader takes off again ({@link Cells#escape}). Under French headings a yes/no is written
 * {@code oui} or {@code non}, as a French sheet writes it ({@link SheetForms}).
 */
public final class CsvListingWriter implements ListingWriter {

    private final OutputStream out;
    private final WriteOptions options;
    private final SheetForms forms;
    private final CsvLayout layout = CsvLayout.standard();
    private final Map<String, Column> byPointer = new HashMap<>();
    /** The columns of other languages met so far, by pointer, sorted so that a field's languages sit together. */
    private final Map<String, Column> others = new TreeMap<>();
    private BufferedWriter w;
    private CSVPrinter printer;
    private CsvBody body;
    private long neutralised;
    private ObjectNode dataset;
    private List<String> datasetCells = List.of();
    private Map<String, String> datasetOthers = Map.of();
    /** How many of the dataset cells were neutralised: they are written again on every row. */
    private long datasetNeutralised;
    private long rows;

    /** A writer onto {@code out}. */
    public CsvListingWriter(OutputStream out, WriteOptions options) {
        this.out = out;
        this.options = options;
        this.forms = SheetForms.of(options.lang());
        layout.columns().forEach(c -> byPointer.put(c.pointer(), c));
        layout.datasetColumns().forEach(c -> byPointer.put("dataset:" + c.pointer(), c));
    }

    @Override
    public void begin(ObjectNode header, SourceMap map) throws IOException {
        w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        printer = new CSVPrinter(w, CSVFormat.RFC4180);
        body = new CsvBody();
        if (header != null) {
            dataset = own(header, map);
            datasetCells(dataset, map);
        }
    }

    @Override
    public void write(SourceRecord record) throws IOException {
        Map<String, String> rowOthers = new HashMap<>(datasetOthers);
        List<String> cells = cells(record.listing(), record.sourceMap(), rowOthers);
        cells.addAll(datasetCells);
        body.add(cells, rowOthers);
        neutralised += datasetNeutralised;
        rows++;
    }

    /** The dataset's fields that have columns, checked: the type mark and the context need none. */
    private ObjectNode own(ObjectNode fields, SourceMap map) {
        ObjectNode own = DatasetFields.marked(fields, map);
        own.remove("type");
        own.remove(FieldDefinition.CONTEXT);
        return own;
    }

    private void datasetCells(ObjectNode fields, SourceMap map) {
        Set<String> langs = new TreeSet<>();
        SheetCheck.check(fields, DatasetFields.shape(), "", map, langs);
        long before = neutralised;
        List<String> cells = new ArrayList<>();
        for (Column c : layout.datasetColumns()) {
            cells.add(safe(cell(fields, c), c));
        }
        datasetOthers = others(fields, langs, "dataset:");
        datasetCells = cells;
        datasetNeutralised = neutralised - before;
        neutralised = before;
    }

    /** The cells of one listing, in column order; cells in other languages go to {@code rowOthers}. */
    List<String> cells(ObjectNode listing, SourceMap map, Map<String, String> rowOthers) {
        Set<String> langs = new TreeSet<>();
        SheetCheck.check(listing, FieldTree.listing().root(), "", map, langs);
        List<String> cells = new ArrayList<>(layout.columns().size() + datasetCells.size());
        for (Column c : layout.columns()) {
            cells.add(safe(cell(listing, c), c));
        }
        rowOthers.putAll(others(listing, langs, ""));
        return cells;
    }

    /** The cells of the other-language columns {@code langs} names, registering each new column. */
    private Map<String, String> others(ObjectNode node, Set<String> langs, String prefix) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (String pointer : langs) {
            int slash = pointer.lastIndexOf('/');
            String key = prefix + pointer;
            Column c = others.get(key);
            if (c == null) {
                Column base = byPointer.get(prefix + pointer.substring(0, slash) + "/en");
                c = CsvLayout.language(base, pointer.substring(slash + 1));
                others.put(key, c);
            }
            String cell = safe(cell(node, c), c);
            if (!cell.isEmpty()) {
                cells.put(key, cell);
            }
        }
        return cells;
    }

    private String cell(ObjectNode listing, Column c) {
        if (c.group() < 0) {
            JsonNode v = at(listing, c, 0, c.trail().size());
            if (v == null) {
                return "";
            }
            if (c.field().repeat()) {
                List<String> parts = new ArrayList<>();
                v.forEach(item -> parts.add(scalar(item)));
                return Lists.join(parts);
            }
            return scalar(v);
        }
        JsonNode items = at(listing, c, 0, c.group() + 1);
        if (items == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        boolean any = false;
        for (JsonNode item : items) {
            JsonNode v = at(item, c, c.group() + 1, c.trail().size());
            any |= v != null;
            parts.add(v == null ? "" : v.isArray() ? itemValues(v) : scalar(v));
        }
        return any ? Lists.join(parts) : "";
    }

    private static JsonNode at(JsonNode root, Column c, int from, int to) {
        JsonNode node = root;
        for (int i = from; i < to && node != null; i++) {
            node = node.get(c.trail().get(i).name());
        }
        if (node != null && c.lang() != null && to == c.trail().size()) {
            node = node.get(c.lang());
        }
        return node;
    }

    /** A value as the sheet's language writes it: a yes/no as {@code oui}/{@code non} under French headings. */
    /** The values of a field that repeats inside one item of a group, as one part of the cell. */
    private String itemValues(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(x -> values.add(scalar(x)));
        return String.join(CsvLayout.ITEM_SEPARATOR + " ", values);
    }

    private String scalar(JsonNode v) {
        if (v.isBoolean()) {
            return forms.yesNo(v.booleanValue());
        }
        return v.isString() ? v.stringValue() : v.toString();
    }

    private String safe(String cell, Column c) {
        if (!options.spreadsheetSafe() || cell.isEmpty()) {
            return cell;
        }
        FieldType t = c.field().type();
        if (t == FieldType.INTEGER || t == FieldType.DECIMAL) {
            return cell;
        }
        String safe = Cells.escape(cell);
        if (safe != cell) {
            neutralised++;
        }
        return safe;
    }

    @Override
    public List<Finding> changes(String source) {
        if (neutralised == 0) {
            return List.of();
        }
        return List.of(new Finding(ReaderRule.CSV_FORMULA.id(), Severity.INFO, new Location.Text(source, 0, 0),
                CsvMessages.CSV_FORMULA_CELL_S_SPREADSHEET.text(neutralised),
                CsvMessages.CSV_FORMULA_NOTHING_DO_NO.text()));
    }

    @Override
    public void end(ObjectNode trailer, SourceMap map) throws IOException {
        try {
            ObjectNode after = dataset == null ? null : DatasetFields.trailing(trailer);
            if (after != null) {
                dataset.setAll(own(after, map));
                datasetCells(dataset, map);
            }
            if (dataset != null && (after != null || rows == 0) && datasetCells.stream().anyMatch(c -> !c.isEmpty())) {
                List<String> cells = new ArrayList<>();
                layout.columns().forEach(c -> cells.add(""));
                cells.addAll(datasetCells);
                body.add(cells, datasetOthers);
                neutralised += datasetNeutralised;
            }
            List<Column> ordinary = new ArrayList<>(layout.columns());
            if (dataset != null) {
                ordinary.addAll(layout.datasetColumns());
            }
            List<Object> order = order(ordinary);
            w.write('\uFEFF');
            List<String> headings = new ArrayList<>();
            for (Object o : order) {
                Column c = o instanceof Integer i ? ordinary.get(i) : others.get((String) o);
                headings.add(c.heading().in(options.lang()));
            }
            printer.printRecord(headings);
            printer.flush();
            body.copyTo(w, printer, ordinary.size(), (cells, rowOthers) -> {
                List<String> out = new ArrayList<>(order.size());
                for (Object o : order) {
                    out.add(o instanceof Integer i ? cells.get(i) : rowOthers.getOrDefault((String) o, ""));
                }
                return out;
            });
            printer.flush();
        } finally {
            body.close();
        }
    }

    /**
     * The columns in the order written: the index of each ordinary column, with the pointer of each
     * other-language column after its field's last ordinary language column.
     */
    private List<Object> order(List<Column> ordinary) {
        List<Object> order = new ArrayList<>();
        for (int i = 0; i < ordinary.size(); i++) {
            Column c = ordinary.get(i);
            order.add(i);
            if (c.lang() != null && (i + 1 == ordinary.size() || ordinary.get(i + 1).field() != c.field())) {
                String prefix = (c.dataset() ? "dataset:" : "") + c.pointer().substring(0, c.pointer().lastIndexOf('/') + 1);
                for (String key : others.keySet()) {
                    if (key.startsWith(prefix) && key.indexOf('/', prefix.length()) < 0) {
                        order.add(key);
                    }
                }
            }
        }
        return order;
    }
}
