package org.opdl.schema.xlsx;

import org.opdl.schema.format.ReaderRule;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Text;
import org.opdl.schema.format.LimitErrors;
import org.opdl.schema.format.Limits;

/**
 * Reads the cells of one sheet a row at a time, pulled from its XML with StAX (no DTD, no external
 * entities), as the text a person sees: shared and inline strings, numbers in plain decimal form,
 * dates (numbers in a date format) as ISO dates, booleans as {@code true}/{@code false}; a phonetic
 * guide ({@code rPh}) is not part of a text. Formulas are never run: the value Excel saved is read and
 * the cell reported, bar LibreOffice's {@code TRUE()} and {@code FALSE()} for a typed yes or no.
 * Error values ({@code #REF!}) are reported and read as empty. Only the row being read is in memory.
 */
final class SheetCells implements AutoCloseable {

    /** One row as the sheet holds it: its one-based number and its cells by column, null where empty. */
    record Row(long number, List<String> cells) {
    }

    /** How many merged ranges of the first column are kept; a real sheet has a few. */
    private static final int MERGES_KEPT = 10_000;

    /**
     * What the sheets of one workbook share.
     *
     * @param source the workbook's name as the user gave it
     * @param values how its cells' values read as text
     * @param limits the limits of the read
     */
    record Context(String source, CellValues values, Limits limits) {

        /** Opens {@code sheet} for reading; its findings about cells go to {@code notes}. */
        SheetCells open(SheetRef sheet, Consumer<Finding> notes) throws IOException {
            return new SheetCells(this, sheet, notes);
        }
    }

    private final String source;
    private final SheetRef sheet;
    private final CellValues values;
    private final Limits limits;
    private final Consumer<Finding> notes;
    private final InputStream in;
    private final XMLStreamReader xml;
    private final List<String> cells = new ArrayList<>();
    /** The error values of the row being read, by column, null where a cell shows none. */
    private final List<String> errors = new ArrayList<>();
    private final StringBuilder value = new StringBuilder();
    private final StringBuilder formula = new StringBuilder();
    private final List<FirstColumnMerge> merges = new ArrayList<>();
    /** The merged ranges of the other columns, each named once the rows are read. */
    private final List<MergedRange> otherMerges = new ArrayList<>();
    private final HiddenCells hidden = new HiddenCells();
    private final CellLinks links;
    private final CellNotes cellNotes;
    /** The last row whose notes were told: a note on a row the sheet holds no element for is told after it. */
    private long notesTold = 1;
    /** What the columns ask for, known once the heading row is read. */
    private ColumnKinds kinds = ColumnKinds.NONE;
    private List<String> headings = List.of();
    private long row;
    private int column;
    private String type;
    private int style;
    private boolean inValue;
    private boolean inFormula;
    private boolean hasFormula;
    /** Whether the cell has a value element at all: a formula written by a program that never computed it has none. */
    private boolean hasSaved;
    private int phonetic;

    private SheetCells(Context context, SheetRef sheet, Consumer<Finding> notes) throws IOException {
        this.source = context.source();
        this.sheet = sheet;
        this.values = context.values();
        this.limits = context.limits();
        this.notes = notes;
        try {
            this.links = CellLinks.of(sheet);
            this.cellNotes = CellNotes.of(sheet);
        } catch (XMLStreamException e) {
            throw failure(e);
        }
        this.in = sheet.part().getInputStream();
        try {
            this.xml = SheetXml.open(in);
        } catch (XMLStreamException e) {
            in.close();
            throw failure(e);
        }
    }

    /** The next row of the sheet that holds an element, or null after the last. */
    Row next() throws IOException {
        try {
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.START_ELEMENT -> start(xml.getLocalName());
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (end(xml.getLocalName())) {
                            return new Row(row, cells);
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text();
                    default -> { }
                }
            }
            tellNotes(Long.MAX_VALUE);
            hidden.report(source, sheet.name(), headings, notes);
            for (MergedRange m : otherMerges) {
                reportAt(m.row(), m.column(), ReaderRule.XLSX_MERGED.id(), ReaderRule.XLSX_MERGED.severity(),
                        XlsxTexts.text("merged-cells", m.reference(), m.first()), XlsxTexts.text("merged-cells.fix", m.reference()));
            }
            otherMerges.clear();
            return null;
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // Nothing more is read from it.
        } finally {
            in.close();
        }
    }

    /** Broken XML is a corrupt part; a broken or oversized zip entry too, as POI's guard says it. */
    private IOException failure(XMLStreamException e) {
        IOException io = SheetXml.ioCause(e);
        if (io != null) {
            return WorkbookPackage.bombOr(source, sheet.partName(), io);
        }
        throw WorkbookPackage.corrupt(source, sheet.partName() + ", sheet \"" + sheet.name() + "\"", e);
    }

    private void start(String name) {
        switch (name) {
            case "row" -> {
                String r = xml.getAttributeValue(null, "r");
                row = r == null ? row + 1 : CellReferences.parseRow(r);
                if (row > limits.maxRows()) {
                    throw LimitErrors.limit(ReaderRule.LIMIT_ROWS, new Location.Cell(source, -1, "", sheet.name(), row, "", ""),
                            XlsxTexts.text("too-many-rows", sheet.name(), limits.maxRows()).en(),
                            XlsxTexts.text("too-many-rows", sheet.name(), limits.maxRows()).fr(), "--max-rows");
                }
                cells.clear();
                errors.clear();
                column = -1;
                hidden.row(xml.getAttributeValue(null, "hidden"));
            }
            case "col" -> hidden.columns(xml.getAttributeValue(null, "min"), xml.getAttributeValue(null, "max"),
                    xml.getAttributeValue(null, "hidden"));
            case "c" -> {
                String r = xml.getAttributeValue(null, "r");
                column = r == null ? column + 1 : Math.max(0, CellReferences.columnOf(r));
                if (column >= limits.maxCells()) {
                    throw LimitErrors.limit(ReaderRule.LIMIT_CELLS, new Location.Cell(source, -1, "", sheet.name(), row, "", ""),
                            XlsxTexts.text("too-many-cells", row, sheet.name(), limits.maxCells()).en(),
                            XlsxTexts.text("too-many-cells", row, sheet.name(), limits.maxCells()).fr(), "--max-cells");
                }
                type = xml.getAttributeValue(null, "t");
                String s = xml.getAttributeValue(null, "s");
                style = s == null ? 0 : CellValues.parseInt(s);
                value.setLength(0);
                formula.setLength(0);
                hasFormula = false;
                hasSaved = false;
                phonetic = 0;
            }
            case "v", "t" -> {
                inValue = phonetic == 0;
                hasSaved = true;
            }
            case "rPh" -> phonetic++;
            case "f" -> {
                inFormula = true;
                hasFormula = true;
            }
            case "mergeCell" -> merge(xml.getAttributeValue(null, "ref"));
            default -> { }
        }
    }

    /**
     * The merged ranges that start in the first column, read from the {@code mergeCells} element
     * that follows the rows: complete once {@link #next()} has returned null.
     */
    List<FirstColumnMerge> firstColumnMerges() {
        return List.copyOf(merges);
    }

    /** The error values ({@code #REF!}) the cells of the row last returned show, by column, null where none. */
    List<String> errors() {
        // Asked of every row, and almost every row shows none.
        return errors.isEmpty() ? List.of() : errors.stream().map(e -> e == null ? "" : e).toList();
    }

    private void merge(String ref) {
        FirstColumnMerge m = merges.size() < MERGES_KEPT ? FirstColumnMerge.of(ref) : null;
        if (m != null) {
            merges.add(m);
        }
        MergedRange other = otherMerges.size() < MERGES_KEPT ? MergedRange.of(ref) : null;
        if (other != null) {
            otherMerges.add(other);
        }
    }

    /** Ends an element; true at the end of a row. */
    private boolean end(String name) {
        switch (name) {
            case "v", "t" -> inValue = false;
            case "rPh" -> phonetic--;
            case "f" -> inFormula = false;
            case "c" -> cell();
            case "row" -> {
                hidden.endRow(row);
                tellNotes(row);
                if (row == 1) {
                    headings = List.copyOf(cells.stream().map(c -> c == null ? "" : c).toList());
                    kinds = ColumnKinds.of(headings);
                }
                return true;
            }
            default -> { }
        }
        return false;
    }

    private void text() {
        StringBuilder into = inValue ? value : inFormula ? formula : null;
        // One character past the longest cell is enough for the CSV form to refuse it by name.
        if (into != null && into.length() <= limits.maxStringLength()) {
            int length = xml.getTextLength();
            into.append(xml.getTextCharacters(), xml.getTextStart(), Math.min(length, limits.maxStringLength() + 1 - into.length()));
        }
    }

    private void cell() {
        String raw = value.toString();
        String text = switch (type == null ? "n" : type) {
            case "s" -> sharedString(raw);
            case "inlineStr", "str" -> raw;
            case "d" -> CellValues.isoDate(raw);
            case "b" -> CellValues.bool(raw);
            case "e" -> {
                // A formula that failed (a VLOOKUP that found nothing) is one problem: told once, with its formula.
                String key = hasFormula ? "formula-error" : "cell-error";
                report(ReaderRule.XLSX_CELL_ERROR.id(), ReaderRule.XLSX_CELL_ERROR.severity(),
                        XlsxTexts.text(key, raw.strip(), shownFormula()), XlsxTexts.text(key + ".fix"));
                while (errors.size() <= column) {
                    errors.add(null);
                }
                errors.set(column, raw.strip());
                yield null;
            }
            default -> values.number(raw, style, !kinds.share(column));
        };
        String link = text == null ? null : link(text);
        if (text == null) {
            text = "";
        } else if (link != null) {
            // The address is what the column asks for; the words shown are the link's label, and the one finding says so.
            report(ReaderRule.XLSX_HYPERLINK.id(), ReaderRule.XLSX_HYPERLINK.severity(),
                    XlsxTexts.text("hyperlink", text.strip(), link), XlsxTexts.text("hyperlink.fix", text.strip(), link));
            text = link;
        } else if (hasFormula && !hasSaved) {
            // Saved by a program that writes formulas without computing them: there is no value to read, not an empty one.
            report(ReaderRule.XLSX_FORMULA.id(), ReaderRule.XLSX_FORMULA.severity(),
                    XlsxTexts.text("formula-unsaved", shownFormula()), XlsxTexts.text("formula-unsaved.fix"));
        } else if (hasFormula && !savedBoolean(raw)) {
            report(ReaderRule.XLSX_FORMULA.id(), ReaderRule.XLSX_FORMULA.severity(),
                    XlsxTexts.text("formula", shownFormula(), text), XlsxTexts.text("formula.fix"));
        }
        hidden.cell(column, text);
        while (cells.size() < column) {
            cells.add(null);
        }
        if (cells.size() == column) {
            cells.add(text);
        } else {
            cells.set(column, text);
        }
    }

    /**
     * The web address behind the cell, when its column asks for one and its text is not one: the
     * address of its link, or the one its {@code HYPERLINK} formula writes out; null otherwise.
     */
    private String link(String text) {
        if (row <= 1 || !kinds.web(column) || text.isBlank() || CellLinks.isWebAddress(text)) {
            return null;
        }
        String address = hasFormula ? CellLinks.inFormula(formula) : null;
        return address != null ? address : links.at(column, row);
    }

    /** The cell's formula as a message shows it, " =VLOOKUP(…)" cut at 120 characters, or nothing when it was not saved. */
    private String shownFormula() {
        String f = formula.length() > 120 ? formula.substring(0, 120) + "…" : formula.toString();
        return f.isEmpty() ? "" : " =" + f;
    }

    /**
     * True for a yes/no cell whose formula is only {@code TRUE()} or {@code FALSE()} and agrees with its
     * saved value: how LibreOffice saves a typed yes or no, so nothing was computed.
     */
    private boolean savedBoolean(String raw) {
        if (!"b".equals(type)) {
            return false;
        }
        String f = formula.toString().strip();
        return f.equalsIgnoreCase("TRUE()") && raw.strip().equals("1") || f.equalsIgnoreCase("FALSE()") && raw.strip().equals("0");
    }

    private String sharedString(String raw) {
        String s = values.sharedString(raw);
        if (s == null) {
            report(ReaderRule.XLSX_CELL_ERROR.id(), ReaderRule.XLSX_CELL_ERROR.severity(),
                    XlsxTexts.text("missing-shared-string", raw.strip()), XlsxTexts.text("missing-shared-string.fix"));
            return "";
        }
        return s;
    }

    private void report(String rule, Severity severity, Text text, Text fix) {
        reportAt(row, column, rule, severity, text, fix);
    }

    private void reportAt(long at, int col, String rule, Severity severity, Text text, Text fix) {
        String heading = col >= 0 && col < headings.size() ? headings.get(col) : "";
        notes.accept(new Finding(rule, severity,
                new Location.Cell(source, -1, "", sheet.name(), at, heading, Location.Csv.letter(col)), text, fix));
    }

    /** Names at its cell each note of the rows after the last told, up to row {@code upTo}: no field holds a note. */
    private void tellNotes(long upTo) {
        for (long r : cellNotes.rowsAfter(notesTold, upTo)) {
            for (CellNotes.Note note : cellNotes.at(r)) {
                reportAt(r, note.column(), ReaderRule.XLSX_CELL_NOTE.id(), ReaderRule.XLSX_CELL_NOTE.severity(),
                        XlsxTexts.text("cell-note", note.words()), XlsxTexts.text("cell-note.fix"));
            }
        }
        notesTold = Math.max(notesTold, upTo);
    }
}
