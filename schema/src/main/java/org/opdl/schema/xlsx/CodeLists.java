package org.opdl.schema.xlsx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.opdl.model.definition.FieldType;
import org.opdl.model.text.Lang;
import org.opdl.model.vocab.Concept;
import org.opdl.model.vocab.ConceptScheme;
import org.opdl.model.vocab.Vocabulary;
import org.opdl.schema.csv.SheetForm.SheetColumn;

/**
 * The dropdowns of a workbook: a hidden sheet with one column of labels per code list, generated
 * from the vocabulary in the workbook's language, and a list validation on each code column that
 * reads it. The validation only informs: a list cell ({@code a | b}) or a word the reader knows
 * is still accepted, and the reader reports what it cannot read.
 */
final class CodeLists {

    /** How many rows below the heading a dropdown covers. */
    static final int ROWS = 65_535;

    private record Request(SXSSFSheet sheet, int column, String scheme) {
    }

    private final SXSSFWorkbook wb;
    private final Lang lang;
    private final Map<String, List<String>> labels = new LinkedHashMap<>();
    private final List<Request> requests = new ArrayList<>();

    CodeLists(SXSSFWorkbook wb, Lang lang) {
        this.wb = wb;
        this.lang = lang;
    }

    /** Asks for a dropdown on {@code column} of {@code sheet} when its column holds codes of a scheme. */
    void dropdown(SXSSFSheet sheet, int column, SheetColumn c) {
        if (c.type() != FieldType.CODE || c.scheme().isEmpty()) {
            return;
        }
        Vocabulary.standard().scheme(c.scheme()).ifPresent(s -> {
            labels.computeIfAbsent(s.id(), k -> labelsOf(s));
            requests.add(new Request(sheet, column, s.id()));
        });
    }

    private List<String> labelsOf(ConceptScheme s) {
        return s.concepts().stream().filter(c -> !c.deprecated()).map(Concept::label).map(t -> t.in(lang)).toList();
    }

    /** Writes the hidden sheet of labels and adds the dropdowns. */
    void finish() {
        if (labels.isEmpty()) {
            return;
        }
        String name = Sheets.LISTS.in(lang);
        Sheet lists = wb.createSheet(name);
        List<String> schemes = new ArrayList<>(labels.keySet());
        int longest = labels.values().stream().mapToInt(List::size).max().orElse(0);
        Row head = lists.createRow(0);
        for (int k = 0; k < schemes.size(); k++) {
            head.createCell(k).setCellValue(schemes.get(k));
        }
        for (int r = 0; r < longest; r++) {
            Row row = lists.createRow(r + 1);
            for (int k = 0; k < schemes.size(); k++) {
                List<String> l = labels.get(schemes.get(k));
                if (r < l.size()) {
                    row.createCell(k).setCellValue(l.get(r));
                }
            }
        }
        for (Request q : requests) {
            int k = schemes.indexOf(q.scheme());
            String letter = org.opdl.model.finding.Location.Csv.letter(k);
            String range = name + "!$" + letter + "$2:$" + letter + "$" + (labels.get(q.scheme()).size() + 1);
            DataValidationHelper helper = q.sheet().getDataValidationHelper();
            DataValidation v = helper.createValidation(helper.createFormulaListConstraint(range),
                    new CellRangeAddressList(1, ROWS, q.column(), q.column()));
            v.setErrorStyle(DataValidation.ErrorStyle.INFO);
            v.setShowErrorBox(false);
            v.setSuppressDropDownArrow(true);
            q.sheet().addValidationData(v);
        }
        wb.setSheetHidden(wb.getSheetIndex(lists), true);
    }
}
