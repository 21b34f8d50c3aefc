package org.opdl.model.governance;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opdl.model.data.DataTable;
import org.opdl.model.definition.FieldType;
import org.opdl.model.definition.SheetUnit;
import org.opdl.model.definition.SheetWording;

/**
 * Checks the listing tables: every field row complete (a known type, labels and definitions in both
 * languages, flags that are true or false, numeric bounds), parents that exist and are objects,
 * codes whose scheme exists, object classes that {@code classes.csv} defines, spreadsheet
 * headings unique in each language, and spreadsheet wordings that fit their field.
 */
final class FieldCheck {

    private static final List<String> FLAGS = List.of("required", "repeat", "ordered");

    private final StandardTables tables;
    private final List<TableProblem> problems;

    FieldCheck(StandardTables tables, List<TableProblem> problems) {
        this.tables = tables;
        this.problems = problems;
    }

    /**
     * Checks the field tables of a listing and a dataset, and the classes table. A field's scheme or
     * class is checked only against a table that could be read: one broken line there is its own
     * problem, not one more on every field that names a scheme or a class.
     *
     * @param schemes the schemes of the vocabulary, or empty when its table could not be read
     */
    void check(Optional<Set<String>> schemes) {
        Optional<Set<String>> classes = classes();
        fields("listing/fields.csv", schemes, classes);
        fields("listing/dataset.csv", schemes, classes);
    }

    private Optional<Set<String>> classes() {
        Set<String> out = new HashSet<>();
        String file = "listing/classes.csv";
        Optional<DataTable> read = tables.table(file);
        read.ifPresent(table -> {
            Cells cells = new Cells(file, problems);
            for (DataTable.Row row : table.rows()) {
                String name = cells.required(row, "class", "cell.empty");
                if (!name.isEmpty() && !out.add(name)) {
                    cells.problem(row, "class", "field.duplicate", name);
                }
                for (String heading : List.of("label_en", "label_fr", "definition_en", "definition_fr")) {
                    cells.required(row, heading, heading.startsWith("label") ? "text.no-label" : "text.no-definition");
                }
            }
        });
        return read.map(table -> out);
    }

    private void fields(String file, Optional<Set<String>> schemes, Optional<Set<String>> classes) {
        tables.table(file).ifPresent(table -> {
            Cells cells = new Cells(file, problems);
            if (!cells.hasColumns(table, "path", "type", "label_en", "label_fr", "definition_en", "definition_fr")) {
                return;
            }
            Map<String, String> types = new HashMap<>();
            Map<String, Map<String, String>> headings = Map.of("csv_en", new HashMap<>(), "csv_fr", new HashMap<>());
            for (DataTable.Row row : table.rows()) {
                String path = cells.required(row, "path", "cell.empty");
                String type = cells.get(row, "type");
                if (FieldType.fromCode(type).isEmpty()) {
                    cells.problem(row, "type", "field.type", type);
                }
                if (types.putIfAbsent(path, type) != null) {
                    cells.problem(row, "path", "field.duplicate", path);
                }
                parent(cells, row, path, types);
                for (String heading : List.of("label_en", "label_fr", "definition_en", "definition_fr")) {
                    cells.required(row, heading, heading.startsWith("label") ? "text.no-label" : "text.no-definition");
                }
                flags(cells, row);
                bounds(cells, row);
                references(cells, row, type, schemes, classes);
                sheetWording(cells, row, type);
                sheetUnit(cells, row, type);
                for (Map.Entry<String, Map<String, String>> lang : headings.entrySet()) {
                    cells.optional(row, lang.getKey()).ifPresent(h -> {
                        String other = lang.getValue().putIfAbsent(h.toLowerCase(Locale.ROOT), path);
                        if (other != null) {
                            cells.problem(row, lang.getKey(), "field.duplicate-heading", h, other);
                        }
                    });
                }
            }
        });
    }

    private static void parent(Cells cells, DataTable.Row row, String path, Map<String, String> types) {
        int dot = path.lastIndexOf('.');
        if (dot > 0) {
            String parent = path.substring(0, dot);
            if (!"object".equals(types.get(parent))) {
                cells.problem(row, "path", "field.no-parent", parent);
            }
        }
    }

    private static void flags(Cells cells, DataTable.Row row) {
        for (String flag : FLAGS) {
            String v = cells.get(row, flag);
            if (!v.equals("true") && !v.equals("false")) {
                cells.problem(row, flag, "cell.boolean", v);
            }
        }
    }

    private static void bounds(Cells cells, DataTable.Row row) {
        for (String bound : List.of("min", "max")) {
            cells.optional(row, bound).ifPresent(v -> {
                try {
                    new BigDecimal(v);
                } catch (NumberFormatException e) {
                    cells.problem(row, bound, "cell.number", v);
                }
            });
        }
    }

    /** A spreadsheet wording the readers know, on a field of the type and scheme it is for. */
    private static void sheetWording(Cells cells, DataTable.Row row, String type) {
        cells.optional(row, "sheet_wording").ifPresent(code -> {
            Optional<String> scheme = cells.optional(row, "scheme");
            boolean fits = SheetWording.fromCode(code)
                    .flatMap(w -> FieldType.fromCode(type).filter(t -> w.fits(t, scheme))).isPresent();
            if (!fits) {
                cells.problem(row, "sheet_wording", "field.sheet-wording", code, type);
            }
        });
    }

    /** A unit the spreadsheet readers know, on a whole-number field. */
    private static void sheetUnit(Cells cells, DataTable.Row row, String type) {
        cells.optional(row, "sheet_unit").ifPresent(code -> {
            boolean fits = SheetUnit.fromCode(code).flatMap(u -> FieldType.fromCode(type).filter(u::fits)).isPresent();
            if (!fits) {
                cells.problem(row, "sheet_unit", "field.sheet-unit", code, type);
            }
        });
    }

    private static void references(Cells cells, DataTable.Row row, String type, Optional<Set<String>> schemes,
            Optional<Set<String>> classes) {
        String scheme = cells.get(row, "scheme");
        if (type.equals("code") && schemes.isPresent() && !schemes.get().contains(scheme)) {
            cells.problem(row, "scheme", "field.unknown-scheme", scheme);
        }
        String rdfClass = cells.get(row, "rdf_class");
        if (type.equals("object") && !rdfClass.isEmpty() && classes.isPresent() && !classes.get().contains(rdfClass)) {
            cells.problem(row, "rdf_class", "field.unknown-class", rdfClass);
        }
    }
}
