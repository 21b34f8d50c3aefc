package org.opdl.schema.xlsx;

import java.time.DateTimeException;
import org.opdl.schema.format.ReaderRule;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.opdl.model.definition.FieldType;
import org.opdl.model.definition.StandardDefinition;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Lang;
import org.opdl.schema.csv.SheetForm;
import org.opdl.schema.csv.SheetForm.SheetColumn;
import org.opdl.schema.format.ReadException;

/**
 * Lays the CSV form of some listings out as a workbook, streamed with SXSSF: Read me, Listings,
 * one sheet per group, and a hidden sheet of code labels for the dropdowns. Numbers and dates
 * become number and date cells only when reading them back gives the same text, so nothing
 * changes on the way through a workbook. The workbook states no creation time, so that the same
 * listings always give the same bytes.
 */
final class WorkbookWriter {

    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9]\\d{0,14})(\\.\\d{1,9})?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    static {
        Poi.quiet();
    }

    private final Lang lang;
    private final SXSSFWorkbook wb = new SXSSFWorkbook(200);
    private final WorkbookStyles styles = WorkbookStyles.of(wb);

    private WorkbookWriter(Lang lang) {
        this.lang = lang;
        wb.setCompressTempFiles(true);
        // No creation time: the same listings give the same bytes, so a regenerated workbook shows no change.
        wb.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(Optional.empty());
    }

    /** Writes the workbook for the CSV form in {@code csv}, with headings in {@code lang}, onto {@code out}. */
    static void write(Path csv, OutputStream out, Lang lang) throws IOException {
        WorkbookWriter w = new WorkbookWriter(lang);
        try {
            w.lay(csv);
            // Not write(out): it saves the workbook's parts to a temporary file first, and a failure there (a file
            // larger than the system allows) is swallowed by the library, which says only that a part was not saved.
            w.wb.writeAvoidingTempFiles(out);
        } finally {
            w.wb.close();
        }
    }

    private void lay(Path csv) throws IOException {
        ReadMe.write(wb.createSheet(Sheets.READ_ME.in(lang)), lang, styles);
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.builder().setReader(r).setFormat(CSVFormat.RFC4180).get()) {
            Iterator<CSVRecord> it = parser.iterator();
            List<String> headings = new ArrayList<>();
            it.next().forEach(h -> headings.add(h.replace("\uFEFF", "")));
            SheetPlan plan = SheetPlan.of(headings, supplied(csv, headings));
            SXSSFSheet listings = wb.createSheet(Sheets.LISTINGS.in(lang));
            List<SheetColumn> listingColumns = plan.listings().stream().map(plan.columns()::get).toList();
            CodeLists lists = new CodeLists(wb, lang);
            headingRow(listings, listingColumns, lists);
            List<SXSSFSheet> groupSheets = new ArrayList<>();
            for (SheetPlan.Group g : plan.groups()) {
                SXSSFSheet s = wb.createSheet(g.name().in(lang));
                List<SheetColumn> cols = new ArrayList<>();
                cols.add(Sheets.idColumn());
                g.positions().forEach(p -> cols.add(plan.columns().get(p)));
                headingRow(s, cols, lists);
                groupSheets.add(s);
            }
            SXSSFSheet organizations = null;
            if (!plan.organizations().isEmpty()) {
                organizations = wb.createSheet(Sheets.ORGANIZATIONS.in(lang));
                headingRow(organizations, plan.organizations().stream().map(plan.columns()::get).toList(), lists);
            }
            lists.finish();
            int[] next = new int[plan.groups().size()];
            int row = 1;
            while (it.hasNext()) {
                CSVRecord record = it.next();
                Row out = listings.createRow(row++);
                for (int k = 0; k < plan.listings().size(); k++) {
                    int p = plan.listings().get(k);
                    put(out, k, plan.columns().get(p), p < record.size() ? record.get(p) : "");
                }
                String id = plan.idPosition() >= 0 && plan.idPosition() < record.size() ? record.get(plan.idPosition()) : "";
                for (int g = 0; g < plan.groups().size(); g++) {
                    next[g] = groupRows(groupSheets.get(g), next[g], plan, plan.groups().get(g), record, id);
                }
                // The CSV form repeats the dataset's list on every row; the sheet holds it once.
                if (organizations != null && organizationRows(organizations, plan, record)) {
                    organizations = null;
                }
            }
        }
    }

    /** Writes one listing's items of a group, one row each; returns the next free row. */
    private int groupRows(Sheet sheet, int from, SheetPlan plan, SheetPlan.Group g, CSVRecord record, String id) {
        List<List<String>> parts = new ArrayList<>();
        int items = 0;
        for (int p : g.positions()) {
            List<String> values = p < record.size() && !record.get(p).isEmpty() ? SheetForm.split(record.get(p)) : List.of();
            parts.add(values);
            items = Math.max(items, values.size());
        }
        if (items > 0 && id.isBlank()) {
            throw new ReadException(ReaderRule.SYNTAX_XLSX, new Location.Text("", 0, 0),
                    XlsxMessages.GROUP_WITHOUT_ID.text(g.name()), XlsxMessages.GROUP_WITHOUT_ID_FIX.text());
        }
        int row = from;
        for (int k = 0; k < items; k++) {
            Row out = sheet.createRow(++row);
            out.createCell(0).setCellValue(id);
            for (int c = 0; c < parts.size(); c++) {
                List<String> values = parts.get(c);
                put(out, c + 1, plan.columns().get(g.positions().get(c)), k < values.size() ? values.get(k) : "");
            }
        }
        return row;
    }

    /** Writes the dataset's organizations, one a row, if this row of the CSV form gives them; true when it did. */
    private boolean organizationRows(Sheet sheet, SheetPlan plan, CSVRecord record) {
        List<List<String>> parts = new ArrayList<>();
        int items = 0;
        for (int p : plan.organizations()) {
            List<String> values = p < record.size() && !record.get(p).isEmpty() ? SheetForm.split(record.get(p)) : List.of();
            parts.add(values);
            items = Math.max(items, values.size());
        }
        for (int k = 0; k < items; k++) {
            Row out = sheet.createRow(k + 1);
            for (int c = 0; c < parts.size(); c++) {
                List<String> values = parts.get(c);
                put(out, c, plan.columns().get(plan.organizations().get(c)), k < values.size() ? values.get(k) : "");
            }
        }
        return items > 0;
    }

    private void headingRow(SXSSFSheet sheet, List<SheetColumn> columns, CodeLists lists) {
        Row row = sheet.createRow(0);
        var drawing = sheet.createDrawingPatriarch();
        var factory = wb.getCreationHelper();
        for (int i = 0; i < columns.size(); i++) {
            SheetColumn c = columns.get(i);
            Cell cell = row.createCell(i);
            String heading = c.heading().in(lang);
            cell.setCellValue(heading);
            cell.setCellStyle(c.required() && c.path().indexOf('.') < 0 || i == 0 && c.pointer().equals("/id")
                    ? styles.required() : styles.optional());
            var anchor = factory.createClientAnchor();
            anchor.setCol1(i);
            anchor.setCol2(i + 4);
            anchor.setRow1(0);
            anchor.setRow2(6);
            var comment = drawing.createCellComment(anchor);
            comment.setString(factory.createRichTextString(Headings.note(c, lang)));
            comment.setAuthor("opdl");
            cell.setCellComment(comment);
            int width = Math.max(12, Math.min(48, heading.length() + 4));
            if (c.type() == FieldType.TEXT) {
                width = Math.max(width, 30);
            }
            sheet.setColumnWidth(i, width * 256);
            lists.dropdown(sheet, i, c);
        }
        sheet.createFreezePane(1, 1);
    }

    private void put(Row row, int col, SheetColumn c, String v) {
        if (v.isEmpty()) {
            return;
        }
        Cell cell = row.createCell(col);
        FieldType t = c.type();
        if ((t == FieldType.INTEGER || t == FieldType.DECIMAL) && !c.list() && NUMBER.matcher(v).matches()
                && new BigDecimal(v).stripTrailingZeros().toPlainString().equals(v)) {
            cell.setCellValue(Double.parseDouble(v));
        } else if (t == FieldType.DATE && !c.list() && DATE.matcher(v).matches() && v.compareTo("1900-03-01") > 0) {
            try {
                cell.setCellValue(LocalDate.parse(v));
                cell.setCellStyle(styles.date());
            } catch (DateTimeException e) {
                cell.setCellValue(v);
            }
        } else if (t == FieldType.BOOLEAN && (v.equals("true") || v.equals("false"))) {
            cell.setCellValue(Boolean.parseBoolean(v));
        } else {
            cell.setCellValue(v);
        }
    }

    /**
     * True when every listing carries the standard record type and context, which the reader
     * supplies to a Listings sheet without their columns; a listing without them, or with others,
     * keeps the columns, so that nothing changes on the way through.
     */
    private static boolean supplied(Path csv, List<String> headings) throws IOException {
        List<Integer> technical = new ArrayList<>();
        List<String> fixed = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            var c = SheetForm.find(headings.get(i)).orElse(null);
            if (c != null && SheetPlan.isTechnical(c)) {
                technical.add(i);
                fixed.add(StandardDefinition.listing().field(c.path()).flatMap(f -> f.fixed()).orElse(""));
            }
        }
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.builder().setReader(r).setFormat(CSVFormat.RFC4180).get()) {
            Iterator<CSVRecord> it = parser.iterator();
            it.next();
            while (it.hasNext()) {
                CSVRecord record = it.next();
                if (plainDatasetRow(record, headings)) {
                    continue;
                }
                for (int k = 0; k < technical.size(); k++) {
                    int p = technical.get(k);
                    if (p >= record.size() || !record.get(p).equals(fixed.get(k))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** A last row holding only the dataset's own fields, which carries no listing. */
    private static boolean plainDatasetRow(CSVRecord record, List<String> headings) {
        for (int i = 0; i < record.size() && i < headings.size(); i++) {
            var c = SheetForm.find(headings.get(i)).orElse(null);
            if (c != null && !c.dataset() && !record.get(i).isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
