package org.opdl.schema.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.opdl.model.field.JsonPointer;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Lang;
import org.opdl.model.text.Text;
import org.opdl.schema.format.ListingWriter;
import org.opdl.schema.format.ReaderRule;
import org.opdl.schema.format.SourceMap;
import org.opdl.schema.format.SourceRecord;
import org.opdl.schema.format.WriteOptions;
import org.opdl.schema.shape.DatasetFields;
import org.opdl.model.field.Field;
import org.opdl.model.definition.FieldDefinition;
import org.opdl.model.definition.FieldType;
import org.opdl.model.field.FieldTree;
import org.opdl.schema.shape.Values;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the spreadsheet form, one row per listing, streamed, in UTF-8 with a byte-order mark so
 * that Excel shows accents. For a dataset, the dataset's own fields get columns after the
 * listing's, filled on every row so that sorting the rows loses nothing; a last row holding only
 * them carries fields that came after the listings, or the fields of a dataset with no listings. Text in languages other than English and French, empty values and
 * empty repeated items cannot be told apart in a spreadsheet and stop the conversion. With the
 * spreadsheet-safe option, text cells that a spreadsheet would run as formulas get a leading
 * apostrophe; that changes the data, so it is never the default.
 */
public final class CsvListingWriter implements ListingWriter {

    private final OutputStream out;
    private final WriteOptions options;
    private final CsvLayout layout = CsvLayout.standard();
    private CSVPrinter printer;
    private long neutralised;
    private ObjectNode dataset;
    private List<String> datasetCells = List.of();
    /** How many of the dataset cells were neutralised: they are written again on every row. */
    private long datasetNeutralised;
    private long rows;

    /** A writer onto {@code out}. */
    public CsvListingWriter(OutputStream out, WriteOptions options) {
        this.out = out;
        this.options = options;
    }

    @Override
    public void begin(ObjectNode header, SourceMap map) throws IOException {
        if (header != null) {
            dataset = own(header, map);
            datasetCells = datasetCells(dataset);
        }
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write('\uFEFF');
        printer = new CSVPrinter(w, CSVFormat.RFC4180);
        List<String> headings = new ArrayList<>();
        for (Column c : layout.columns()) {
            headings.add(c.heading().in(options.lang()));
        }
        if (dataset != null) {
            for (Column c : layout.datasetColumns()) {
                headings.add(c.heading().in(options.lang()));
            }
        }
        printer.printRecord(headings);
    }

    @Override
    public void write(SourceRecord record) throws IOException {
        List<String> cells = cells(record.listing(), record.sourceMap());
        cells.addAll(datasetCells);
        printer.printRecord(cells);
        neutralised += datasetNeutralised;
        rows++;
    }

    /** The dataset's fields that have columns, checked: the type mark and the context need none. */
    private ObjectNode own(ObjectNode fields, SourceMap map) {
        ObjectNode own = DatasetFields.marked(fields, map);
        own.remove("type");
        own.remove(FieldDefinition.CONTEXT);
        check(own, DatasetFields.shape(), "", map);
        return own;
    }

    private List<String> datasetCells(ObjectNode fields) {
        long before = neutralised;
        List<String> cells = new ArrayList<>();
        for (Column c : layout.datasetColumns()) {
            cells.add(safe(cell(fields, c), c));
        }
        datasetNeutralised = neutralised - before;
        neutralised = before;
        return cells;
    }

    /** The cells of one listing, in column order. */
    List<String> cells(ObjectNode listing, SourceMap map) {
        check(listing, FieldTree.listing().root(), "", map);
        List<String> cells = new ArrayList<>(layout.columns().size() + datasetCells.size());
        for (Column c : layout.columns()) {
            cells.add(safe(cell(listing, c), c));
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
            parts.add(v == null ? "" : scalar(v));
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

    private static String scalar(JsonNode v) {
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
        if (!Cells.formulaTrigger(cell.charAt(0))) {
            return cell;
        }
        neutralised++;
        return "'" + cell;
    }

    @Override
    public List<Finding> changes(String source) {
        if (neutralised == 0) {
            return List.of();
        }
        return List.of(new Finding(ReaderRule.CSV_FORMULA.id(), ReaderRule.CSV_FORMULA.severity(), new Location.Text(source, 0, 0),
                new Text(neutralised + " cell(s) that a spreadsheet would run as formulas were written with a leading ' (--spreadsheet-safe)",
                        neutralised + " cellule(s) qu'un tableur exécuterait comme des formules ont été écrites avec un ' devant (--spreadsheet-safe)"),
                new Text("leave out --spreadsheet-safe to write the data unchanged", "omettez --spreadsheet-safe pour écrire les données telles quelles")));
    }

    /** Refuses what a spreadsheet cannot carry: unknown fields, wrong kinds, empty values, other languages. */
    private void check(JsonNode node, Field field, String pointer, SourceMap map) {
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String p = JsonPointer.append(pointer, e.getKey());
            Field f = field.child(e.getKey()).orElseThrow(() -> Values.unknownField(map, p));
            JsonNode v = e.getValue();
            if (f.repeat()) {
                if (!v.isArray()) {
                    throw Values.wrongKind(map, p, f);
                }
                if (v.isEmpty()) {
                    throw empty(map, p);
                }
                for (int i = 0; i < v.size(); i++) {
                    checkItem(v.get(i), f, p + "/" + i, map);
                }
            } else {
                checkItem(v, f, p, map);
            }
        }
    }

    private void checkItem(JsonNode v, Field f, String p, SourceMap map) {
        if (!Values.hasKind(f.type(), v)) {
            throw Values.wrongKind(map, p, f);
        }
        if (f.type() == FieldType.OBJECT) {
            if (v.isEmpty()) {
                throw empty(map, p);
            }
            check(v, f, p, map);
        } else if (f.type() == FieldType.TEXT) {
            if (v.isEmpty()) {
                throw empty(map, p);
            }
            for (Map.Entry<String, JsonNode> e : v.properties()) {
                if (Lang.fromTag(e.getKey()).map(Lang::tag).filter(e.getKey()::equals).isEmpty()) {
                    throw Values.unmappable(map, p + "/" + e.getKey(),
                            new Text("the spreadsheet form has columns for en and fr only, not \"" + e.getKey() + "\"",
                                    "le formulaire n'a de colonnes que pour en et fr, pas pour « " + e.getKey() + " »"),
                            new Text("convert to JSON or RDF to keep this language", "convertissez en JSON ou RDF pour garder cette langue"));
                }
                if (!e.getValue().isString() || e.getValue().stringValue().isBlank()) {
                    throw empty(map, p + "/" + e.getKey());
                }
                checkNul(e.getValue().stringValue(), map, p + "/" + e.getKey());
            }
        } else if (v.isString() && v.stringValue().isBlank()) {
            throw empty(map, p);
        } else if (v.isString()) {
            checkNul(v.stringValue(), map, p);
        }
    }

    /** Refuses a NUL character: spreadsheets cut the cell there, and opdl's own reader refuses it. */
    private static void checkNul(String value, SourceMap map, String p) {
        if (value.indexOf('\u0000') >= 0) {
            throw Values.unmappable(map, p,
                    new Text("the value at " + p + " holds a NUL character (U+0000), which a spreadsheet cannot carry",
                            "la valeur à " + p + " contient un caractère NUL (U+0000), qu'une feuille de calcul ne peut pas porter"),
                    new Text("remove the character", "supprimez le caractère"));
        }
    }

    private static org.opdl.schema.format.ReadException empty(SourceMap map, String p) {
        return Values.unmappable(map, p,
                new Text("the value at " + p + " is empty, which a spreadsheet cannot tell from absent",
                        "la valeur à " + p + " est vide, ce qu'une feuille de calcul ne distingue pas d'une absence"),
                new Text("remove the field: absent means none", "supprimez le champ : absent signifie aucun"));
    }

    @Override
    public void end(ObjectNode trailer, SourceMap map) throws IOException {
        ObjectNode after = dataset == null ? null : DatasetFields.trailing(trailer);
        if (after != null) {
            dataset.setAll(own(after, map));
            datasetCells = datasetCells(dataset);
        }
        if (dataset != null && (after != null || rows == 0) && datasetCells.stream().anyMatch(c -> !c.isEmpty())) {
            List<String> cells = new ArrayList<>();
            layout.columns().forEach(c -> cells.add(""));
            cells.addAll(datasetCells);
            printer.printRecord(cells);
            neutralised += datasetNeutralised;
        }
        printer.flush();
    }
}
