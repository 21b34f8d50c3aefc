package org.opdl.schema.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Text;
import org.opdl.schema.cell.Readings;
import org.opdl.schema.format.DatasetSink;
import org.opdl.schema.format.LimitErrors;
import org.opdl.schema.format.ListingReader;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ReaderRule;
import org.opdl.schema.format.SourceRecord;
import org.opdl.model.field.FieldTree;
import org.opdl.schema.shape.ShapeOrder;

/**
 * Reads the spreadsheet form, one row per listing, streamed with Commons CSV. Headings may be in
 * English or French; unknown, duplicate and blank headings, blank rows and the encoding are
 * reported, and the readings cells needed are counted and stated once each. A cell that cannot be
 * read without guessing is a finding on that cell, and the rest of the file is still read; a row
 * with more cells than headings stops the read with its row. Columns of the dataset's own fields
 * make the sheet a dataset; a row with only those filled is not a listing.
 */
public final class CsvListingReader implements ListingReader {

    private final Limits limits;
    private final CsvLayout layout = CsvLayout.standard();

    /** A reader under the given limits. */
    public CsvListingReader(Limits limits) {
        this.limits = limits;
    }

    @Override
    public void read(String source, InputStream in, Consumer<SourceRecord> records, Consumer<Finding> fileNotes)
            throws IOException {
        read(source, in, DatasetSink.of(records, fileNotes));
    }

    @Override
    public void read(String source, InputStream in, DatasetSink sink) throws IOException {
        Consumer<Finding> fileNotes = sink::note;
        CsvInput input;
        try {
            input = CsvInput.open(LimitErrors.bounded(source, in, limits));
        } catch (CharacterCodingException e) {
            // Skipping an Excel sep= line already decodes; a byte no encoding maps stops there.
            throw failure(source, 1, e);
        }
        reportInput(source, input, fileNotes);
        CSVFormat format = format(source, input.delimiter());
        long rowShift = input.sepLine() ? 1 : 0;
        long lastRow = 0;
        java.io.BufferedReader body = new java.io.BufferedReader(input.reader());
        try {
            refuseJson(source, body);
        } catch (CharacterCodingException e) {
            throw failure(source, 1, e);
        }
        RecordBudget budget = new RecordBudget(body, limits.maxRecordBytes());
        try (CSVParser parser = CSVParser.builder().setReader(budget).setFormat(format).get()) {
            Iterator<CSVRecord> it = parser.iterator();
            if (!it.hasNext()) {
                throw ReadException.empty(source, new Text("start from opdl template, which writes the headings",
                        "partez de opdl template, qui écrit les en-têtes"));
            }
            Readings readings = new Readings();
            MixedEncoding mixed = input.mixed() ? new MixedEncoding(source) : null;
            List<String> first = cells(it.next(), mixed, 1 + rowShift, null, fileNotes);
            if (isBlank(first) && onlyBlank(it)) {
                throw ReadException.empty(source, new Text("start from opdl template, which writes the headings",
                        "partez de opdl template, qui écrit les en-têtes"));
            }
            checkShape(source, first, 1 + rowShift, null);
            budget.nextRecord();
            lastRow = 1 + rowShift;
            CsvHeadings headings = CsvHeadings.read(source, first, 1 + rowShift, rowShift, layout, fileNotes);
            CsvRow rows = new CsvRow(source, headings, limits, readings);
            DatasetColumns dataset = new DatasetColumns(source, headings, rows);
            List<Long> blanks = new ArrayList<>();
            int index = 0;
            while (it.hasNext()) {
                CSVRecord parsed = it.next();
                long row = parsed.getRecordNumber() + rowShift;
                lastRow = row;
                List<String> record = cells(parsed, mixed, row, headings, fileNotes);
                budget.nextRecord();
                checkShape(source, record, row, headings);
                if (isBlank(record)) {
                    blanks.add(row);
                    continue;
                }
                if (!blanks.isEmpty()) {
                    fileNotes.accept(blankRows(source, blanks, Severity.WARNING));
                    blanks.clear();
                }
                List<Finding> notes = new ArrayList<>();
                int i = index;
                var listing = rows.listing(record, row, i, notes::add);
                dataset.take(record, row, i);
                if (listing.isEmpty()) {
                    continue;
                }
                index++;
                LimitErrors.checkRecords(index, new Location.Csv(source, i, "", row, "", ""), limits);
                dataset.beforeListing(sink, fileNotes, row);
                sink.record(new SourceRecord(i, ShapeOrder.reorder(listing, FieldTree.listing().root()),
                        rows.map(row, i), notes));
            }
            if (!blanks.isEmpty()) {
                fileNotes.accept(blankRows(source, blanks, Severity.INFO));
            }
            dataset.end(sink, fileNotes);
            readings.findings().forEach(fileNotes);
            if (mixed != null) {
                mixed.end(fileNotes);
            }
        } catch (RecordBudget.Exceeded e) {
            throw LimitErrors.limit(ReaderRule.LIMIT_RECORD, new Location.Csv(source, -1, "", lastRow + 1, "", ""),
                    "row " + (lastRow + 1) + " is longer than " + limits.maxRecordBytes()
                            + " characters (look for a quote \" that is never closed)",
                    "la rangée " + (lastRow + 1) + " dépasse " + limits.maxRecordBytes()
                            + " caractères (cherchez un guillemet \" jamais fermé)", "--max-record-size");
        } catch (UncheckedIOException e) {
            throw failure(source, lastRow + 1, e.getCause());
        } catch (CharacterCodingException e) {
            throw failure(source, lastRow + 1, e);
        } catch (IllegalStateException e) {
            throw new ReadException(ReaderRule.SYNTAX_CSV, new Location.Csv(source, -1, "", lastRow + 1, "", ""),
                    new Text("the spreadsheet is not valid CSV after row " + lastRow + ": " + e.getMessage(),
                            "la feuille n'est pas du CSV valide après la rangée " + lastRow + " : " + e.getMessage()),
                    new Text("look for a cell with an opening quote \" that is never closed",
                            "cherchez une cellule avec un guillemet \" ouvert et jamais fermé"));
        }
    }

    /**
     * Refuses a row past the row limit, with more cells than the cell limit, or holding a NUL
     * character, which spreadsheets never write and which cuts text short in many programs.
     */
    /** The cells of a parsed row, with any bytes of another encoding put back and reported. */
    private static List<String> cells(CSVRecord record, MixedEncoding mixed, long row, CsvHeadings headings,
            Consumer<Finding> notes) {
        List<String> cells = record.toList();
        return mixed == null ? cells : mixed.clean(cells, row, headings, notes);
    }

    private void checkShape(String source, List<String> record, long row, CsvHeadings headings) {
        Location.Csv at = new Location.Csv(source, -1, "", row, "", "");
        for (int i = 0; i < record.size(); i++) {
            if (record.get(i).indexOf('\u0000') >= 0) {
                String heading = headings != null && i < headings.written().size() ? headings.written().get(i) : "";
                throw new ReadException(ReaderRule.SYNTAX_CSV, new Location.Csv(source, -1, "", row, heading, Location.Csv.letter(i)),
                        new Text("the cell holds a NUL character (byte 0), which a spreadsheet never writes",
                                "la cellule contient un caractère NUL (octet 0), qu'un tableur n'écrit jamais"),
                        new Text("save the file again as \"CSV UTF-8\" (a file full of NULs is often UTF-16)",
                                "enregistrez de nouveau le fichier en « CSV UTF-8 » (un fichier plein de NUL est souvent en UTF-16)"));
            }
        }
        if (row > limits.maxRows()) {
            throw LimitErrors.limit(ReaderRule.LIMIT_ROWS, at, "the spreadsheet has more than " + limits.maxRows() + " rows",
                    "la feuille a plus de " + limits.maxRows() + " rangées", "--max-rows");
        }
        if (record.size() > limits.maxCells()) {
            throw LimitErrors.limit(ReaderRule.LIMIT_CELLS, at,
                    "row " + row + " has " + record.size() + " cells, more than " + limits.maxCells(),
                    "la rangée " + row + " a " + record.size() + " cellules, plus de " + limits.maxCells(), "--max-cells");
        }
    }

    /**
     * The CSV dialect for a delimiter. An Excel {@code sep=} line can name any character, and
     * Commons CSV refuses the quote and line breaks as delimiters (found by fuzzing).
     */
    private static CSVFormat format(String source, char delimiter) {
        try {
            return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        } catch (IllegalArgumentException e) {
            String shown = Cells.visible(delimiter);
            throw new ReadException(ReaderRule.SYNTAX_CSV, new Location.Csv(source, -1, "", 1, "", ""),
                    new Text("the sep= line on row 1 names " + shown + " as the delimiter, which cannot separate cells",
                            "la ligne sep= de la rangée 1 désigne " + shown + " comme séparateur, qui ne peut pas séparer des cellules"),
                    new Text("write sep=, or sep=; on the first row, or delete that row",
                            "écrivez sep=, ou sep=; sur la première rangée, ou supprimez-la"));
        }
    }

    /**
     * Refuses a file that starts like JSON ({@code [} or {@code {}), as when {@code --from csv} names a
     * JSON file: one error saying so, rather than a quote error or a finding for every "heading".
     */
    private static void refuseJson(String source, java.io.BufferedReader body) throws IOException {
        char[] head = new char[64];
        body.mark(head.length);
        int n = body.read(head);
        body.reset();
        String start = n <= 0 ? "" : new String(head, 0, n).replace("\uFEFF", "").strip();
        if (start.startsWith("[") || start.startsWith("{")) {
            throw new ReadException(ReaderRule.SYNTAX_CSV, new Location.Csv(source, -1, "", 1, "", ""),
                    new Text("the file looks like JSON, not CSV: it starts with " + start.charAt(0),
                            "le fichier semble être du JSON, pas du CSV : il commence par " + start.charAt(0)),
                    new Text("name it .json, or give --from json", "nommez-le .json, ou indiquez --from json"));
        }
    }

    private static ReadException failure(String source, long row, IOException cause) {
        if (cause instanceof CharacterCodingException) {
            return new ReadException(ReaderRule.SYNTAX_ENCODING, new Location.Csv(source, -1, "", row, "", ""),
                    new Text("the file is not UTF-8 at row " + row + " (it may mix encodings)",
                            "le fichier n'est pas en UTF-8 à la rangée " + row + " (il mélange peut-être des encodages)"),
                    new Text("save it again as \"CSV UTF-8\"", "enregistrez-le de nouveau en « CSV UTF-8 »"));
        }
        String detail = String.valueOf(cause.getMessage());
        if (detail.startsWith("Invalid character between encapsulated token and delimiter")) {
            // Commons CSV's own words, in English only: say what it means in the reader's language.
            return new ReadException(ReaderRule.SYNTAX_CSV, new Location.Csv(source, -1, "", row, "", ""),
                    new Text("at row " + row + ", a quote \" ends a cell and more text follows before the next separator,"
                            + " as in \"Producers\" Lab",
                            "à la rangée " + row + ", un guillemet \" termine une cellule et du texte suit avant le séparateur"
                            + " suivant, comme dans \"Producers\" Lab"),
                    new Text("put the whole cell in quotes and double each quote inside it: \"\"\"Producers\"\" Lab\"",
                            "mettez toute la cellule entre guillemets et doublez chaque guillemet intérieur : \"\"\"Producers\"\" Lab\""));
        }
        return new ReadException(ReaderRule.SYNTAX_CSV, new Location.Csv(source, -1, "", row, "", ""),
                new Text("the spreadsheet cannot be read at row " + row + ": " + cause.getMessage(),
                        "la feuille ne peut pas être lue à la rangée " + row + " : " + cause.getMessage()),
                new Text("look for a cell with an opening quote \" that is never closed",
                        "cherchez une cellule avec un guillemet \" ouvert et jamais fermé"));
    }

    private static void reportInput(String source, CsvInput input, Consumer<Finding> notes) {
        Location file = new Location.Text(source, 0, 0);
        if (!input.charset().equals(java.nio.charset.StandardCharsets.UTF_8)) {
            notes.accept(new Finding(ReaderRule.CSV_ENCODING.id(), ReaderRule.CSV_ENCODING.severity(), file,
                    new Text("the file is not UTF-8; it was read as Windows-1252 (Excel's \"CSV\" format)",
                            "le fichier n'est pas en UTF-8; il a été lu en Windows-1252 (format « CSV » d'Excel)"),
                    new Text("save as \"CSV UTF-8\" so that every accent survives",
                            "enregistrez en « CSV UTF-8 » pour que tous les accents soient conservés")));
        }
        if (input.delimiter() != ',') {
            String d = input.delimiter() == '\t' ? "TAB" : String.valueOf(input.delimiter());
            notes.accept(new Finding(ReaderRule.CSV_DELIMITER.id(), ReaderRule.CSV_DELIMITER.severity(), file,
                    new Text("cells are separated by " + d + " rather than commas", "les cellules sont séparées par " + d + " plutôt que par des virgules"),
                    new Text("nothing to do; opdl reads either", "rien à faire; opdl lit les deux")));
        }
    }

    private static Finding blankRows(String source, List<Long> rows, Severity severity) {
        String list = rows.size() > 10 ? rows.get(0) + "–" + rows.get(rows.size() - 1) : rows.toString().replaceAll("[\\[\\]]", "");
        return new Finding(ReaderRule.CSV_BLANK_ROWS.id(), severity, new Location.Csv(source, -1, "", rows.get(0), "", ""),
                new Text(rows.size() + " blank row(s) were skipped: " + list, rows.size() + " rangée(s) vide(s) ignorée(s) : " + list),
                new Text("delete blank rows", "supprimez les rangées vides"));
    }

    /** True when every row left is blank; consumes them, as a sheet with a blank first row is refused anyway. */
    private static boolean onlyBlank(Iterator<CSVRecord> it) {
        while (it.hasNext()) {
            if (!isBlank(it.next().toList())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(List<String> record) {
        for (String v : record) {
            if (!v.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
