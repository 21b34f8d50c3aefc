package org.opdl.schema.csv;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Folding;
import org.opdl.model.text.Lang;
import org.opdl.model.text.Text;
import org.opdl.schema.cell.SheetForms;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.ReaderRule;

/**
 * The heading row of a spreadsheet, matched to the columns of the form after folding case,
 * accents, spaces and punctuation, in either language. An unknown heading is an error naming the
 * nearest known heading as soon as a cell under it holds data, never a silent drop (a warning when
 * the column stays empty); a repeated heading is
 * reported and its cells must agree with the first; blank trailing columns are ignored.
 *
 * @param source the file
 * @param written the headings as written in the file
 * @param columns the column of each position, or null when the position is not read
 * @param duplicateOf for a repeated heading, the position of its first occurrence, else -1
 * @param rowShift rows above the heading row that the parser did not count (an Excel sep= line)
 * @param unknown the columns under an unknown heading, reported once the rows show whether they hold data
 * @param forms the forms of the language the headings are written in, which cells are read in without a note
 */
record CsvHeadings(String source, List<String> written, List<Column> columns, int[] duplicateOf, long rowShift,
        UnknownColumns unknown, SheetForms forms) {

    /**
     * "Did you mean" hints are worked out for this many unknown headings, each at most this long:
     * every hint compares the heading with every heading of the form, so a row of thousands of
     * unknown or very long headings would otherwise cost seconds. A heading holding control or
     * replacement characters is no misspelling and gets no hint. The headings are still reported.
     */
    private static final int MAX_HINTS = 20;
    private static final int MAX_HINT_LENGTH = 64;

    /** Rows looked at below a first row without headings, for a heading row that a title pushed down. */
    static final int ROWS_ABOVE = 10;

    static CsvHeadings read(String source, List<String> record, long row, long rowShift, CsvLayout layout, Consumer<Finding> out) {
        // Held back until one heading is known: a row with none is one error, not a finding per cell.
        List<Finding> held = new ArrayList<>();
        Consumer<Finding> notes = held::add;
        List<String> written = new ArrayList<>(record);
        if (!written.isEmpty()) {
            written.set(0, written.get(0).replace("\uFEFF", ""));
        }
        int width = written.size();
        while (width > 0 && written.get(width - 1).isBlank()) {
            width--;
        }
        List<Column> columns = new ArrayList<>();
        int[] duplicateOf = new int[written.size()];
        Map<String, Integer> seen = new HashMap<>();
        int known = 0;
        int hinted = 0;
        List<UnknownHeading> unknownHeadings = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            duplicateOf[i] = -1;
            String h = written.get(i);
            Location.Csv at = new Location.Csv(source, -1, "", row, h, Location.Csv.letter(i));
            if (h.isBlank()) {
                columns.add(null);
                continue;
            }
            if (!Cells.strip(h).equals(h)) {
                notes.accept(new Finding(ReaderRule.CSV_STRAY_SPACES.id(), ReaderRule.CSV_STRAY_SPACES.severity(), at,
                        CsvMessages.CSV_STRAY_SPACES_HEADING_SPACES_AROUND.text(h, Cells.strip(h)),
                        CsvMessages.DELETE_SPACES_AROUND.text()));
            }
            Optional<Column> c = layout.find(h);
            if (c.isEmpty()) {
                String hint = "";
                if (hinted++ < MAX_HINTS && h.length() <= MAX_HINT_LENGTH && h.chars().allMatch(ch -> ch >= 0x20 && ch != 0xFFFD)) {
                    hint = layout.hint(h);
                }
                unknownHeadings.add(new UnknownHeading(i, h, at, hint));
                columns.add(null);
                continue;
            }
            known++;
            Integer first = seen.putIfAbsent(c.get().pointer(), i);
            if (first != null) {
                duplicateOf[i] = first;
                notes.accept(new Finding(ReaderRule.CSV_DUPLICATE_HEADING.id(), ReaderRule.CSV_DUPLICATE_HEADING.severity(), at,
                        CsvMessages.CSV_DUPLICATE_HEADING_HEADING_REPEATS_COLUMN.text(h, Location.Csv.letter(first), written.get(first)),
                        CsvMessages.CSV_DUPLICATE_HEADING_KEEP_ONE_TWO.text()));
                columns.add(null);
                continue;
            }
            columns.add(c.get());
        }
        if (known == 0) {
            List<String> expected = new ArrayList<>();
            layout.columns().stream().limit(4).forEach(col -> expected.add(col.heading().en()));
            List<String> expectedFr = new ArrayList<>();
            layout.columns().stream().limit(4).forEach(col -> expectedFr.add(col.heading().fr()));
            String found = written.stream().filter(w -> !w.isBlank()).limit(3).map(w -> "\"" + w + "\"")
                    .reduce((a, b) -> a + ", " + b).orElse(null);
            String first = written.isEmpty() ? "" : written.get(0).strip();
            boolean json = first.startsWith("[") || first.startsWith("{");
            throw new org.opdl.schema.format.ReadException(ReaderRule.SYNTAX_CSV, new Location.Csv(source, -1, "", row, "", ""),
                    CsvMessages.SYNTAX_CSV_NO_HEADING.text(json ? CsvMessages.SYNTAX_CSV_LOOKS_LIKE_JSON.text() : new Text("", ""), row,
                            found == null ? CsvMessages.SYNTAX_CSV_NOTHING.text() : found,
                            String.join(", ", expected), String.join(", ", expectedFr)),
                    CsvMessages.INSERT_HEADING_ROW.text());
        }
        held.forEach(out);
        SheetForms forms = forms(written, columns);
        UnknownColumns unknown = new UnknownColumns();
        unknownHeadings.forEach(u -> u.report(unknown, inSheetLanguage(u.hint(), forms, layout)));
        if (width < written.size()) {
            out.accept(new Finding(ReaderRule.CSV_BLANK_COLUMNS.id(), ReaderRule.CSV_BLANK_COLUMNS.severity(), new Location.Csv(source, -1, "", row, "", ""),
                    CsvMessages.CSV_BLANK_COLUMNS_BLANK_COLUMN_S.text((written.size() - width)),
                    CsvMessages.CSV_BLANK_COLUMNS_NOTHING_DO.text()));
        }
        return new CsvHeadings(source, written, columns, duplicateOf, rowShift, unknown, forms);
    }

    /** A heading the form does not know, held until the sheet's language says how to word its hint. */
    private record UnknownHeading(int position, String heading, Location.Csv at, String hint) {

        void report(UnknownColumns unknown, String hintInLanguage) {
            unknown.add(position, new Finding(ReaderRule.CSV_UNKNOWN_HEADING.id(), ReaderRule.CSV_UNKNOWN_HEADING.severity(), at,
                    CsvMessages.CSV_UNKNOWN_HEADING_HEADING_NOT_PART.text(heading),
                    hintInLanguage.isEmpty()
                            ? CsvMessages.CSV_UNKNOWN_HEADING_RENAME_COLUMN_HEADING.text()
                            : CsvMessages.CSV_UNKNOWN_HEADING_DID_YOU_MEAN.text(hintInLanguage)),
                    new Finding(ReaderRule.CSV_EMPTY_UNKNOWN_COLUMN.id(), ReaderRule.CSV_EMPTY_UNKNOWN_COLUMN.severity(), at,
                            CsvMessages.CSV_EMPTY_UNKNOWN_COLUMN_NO_CELL.text(heading),
                            hintInLanguage.isEmpty()
                                    ? CsvMessages.CSV_EMPTY_UNKNOWN_COLUMN_DELETE.text()
                                    : CsvMessages.CSV_EMPTY_UNKNOWN_COLUMN_DID_YOU_MEAN.text(hintInLanguage)));
        }
    }

    /**
     * The hinted heading in the language the sheet's other headings are written in: "Notes" on an
     * English sheet is offered "Money notes (en)", not its French twin. Kept as found when the
     * sheet's language cannot be told.
     */
    private static String inSheetLanguage(String hint, SheetForms forms, CsvLayout layout) {
        if (hint.isEmpty() || forms.lang() == null) {
            return hint;
        }
        return layout.find(hint).map(c -> c.heading().in(forms.lang())).orElse(hint);
    }

    /**
     * The forms of the language the headings are written in: the language more of the read headings
     * are written in alone (a heading such as "Places" is both); unknown when neither has more.
     */
    private static SheetForms forms(List<String> written, List<Column> columns) {
        int french = 0;
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            if (c == null) {
                continue;
            }
            String h = Folding.fold(written.get(i));
            boolean en = h.equals(Folding.fold(c.heading().en()));
            boolean fr = h.equals(Folding.fold(c.heading().fr()));
            french += en == fr ? 0 : fr ? 1 : -1;
        }
        return french == 0 ? SheetForms.UNKNOWN : SheetForms.of(french > 0 ? Lang.FR : Lang.EN);
    }

    /** How many cells of {@code record} are headings of the form. */
    static int known(List<String> record, CsvLayout layout) {
        int known = 0;
        for (String h : record) {
            if (!h.isBlank() && layout.find(h).isPresent()) {
                known++;
            }
        }
        return known;
    }

    /**
     * Throws when {@code first}, which holds no heading, sits above a row of {@code rows} that does,
     * within {@link #ROWS_ABOVE} rows: a title typed above the headings, whose fix is to delete rows,
     * not to insert headings. Reads rows only in that error's path.
     */
    static void checkTitleAbove(String source, List<String> first, long row, SheetRows rows, CsvLayout layout) throws IOException {
        String start = first.isEmpty() ? "" : first.get(0).strip();
        if (known(first, layout) > 0 || start.startsWith("[") || start.startsWith("{")) {
            return;
        }
        List<List<String>> above = new ArrayList<>(List.of(first));
        for (int n = 0; n < ROWS_ABOVE; n++) {
            SheetRows.Row next = rows.next();
            if (next == null) {
                return;
            }
            if (known(next.cells(), layout) >= 2) {
                checkSortedAbove(source, above, row, next, layout);
                String found = first.stream().filter(w -> !w.isBlank()).limit(3).map(w -> "\"" + w + "\"")
                        .reduce((a, b) -> a + ", " + b).orElse(null);
                throw new ReadException(ReaderRule.SYNTAX_CSV, new Location.Csv(source, -1, "", row, "", ""),
                        CsvMessages.SYNTAX_CSV_TITLE_ABOVE.text(row, found == null ? CsvMessages.SYNTAX_CSV_NOTHING.text() : found, next.number()),
                        CsvMessages.SYNTAX_CSV_TITLE_ABOVE_DELETE.text(next.number()));
            }
            above.add(next.cells());
        }
    }

    /**
     * Throws when rows above the heading row {@code heading} hold listing ids under its id column: a sort that took the
     * heading row for a listing moved it down, and the fix is to move it back, never to delete the listings above it.
     */
    private static void checkSortedAbove(String source, List<List<String>> above, long row, SheetRows.Row heading, CsvLayout layout) {
        int id = -1;
        for (int i = 0; i < heading.cells().size() && id < 0; i++) {
            if (layout.find(heading.cells().get(i)).filter(c -> c.pointer().equals("/id")).isPresent()) {
                id = i;
            }
        }
        int column = id;
        List<String> ids = above.stream().filter(r -> column >= 0 && column < r.size())
                .map(r -> r.get(column).strip()).filter(c -> c.regionMatches(true, 0, "listing:", 0, 8)).toList();
        if (!ids.isEmpty()) {
            throw new ReadException(ReaderRule.SYNTAX_CSV, new Location.Csv(source, -1, "", row, "", ""),
                    CsvMessages.SYNTAX_CSV_HEADINGS_SORTED_DOWN.text(heading.number(), ids.size(), ids.get(0)),
                    CsvMessages.SYNTAX_CSV_HEADINGS_SORTED_DOWN_FIX.text(heading.number(), row));
        }
    }

    /** True when more of the sheet's headings are the form's French ones than its English ones. */
    boolean french() {
        int fr = 0;
        int en = 0;
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            if (c != null) {
                String h = org.opdl.model.text.Folding.fold(written.get(i));
                fr += h.equals(org.opdl.model.text.Folding.fold(c.heading().fr())) ? 1 : 0;
                en += h.equals(org.opdl.model.text.Folding.fold(c.heading().en())) ? 1 : 0;
            }
        }
        return fr > en;
    }

    /**
     * The positions of the columns read (not unknown, not repeated) that {@code wanted} accepts, in
     * order: for a pass over a few columns of each row, worked out once for the file.
     */
    int[] positions(Predicate<Column> wanted) {
        return IntStream.range(0, columns.size()).filter(i -> columns.get(i) != null && duplicateOf[i] < 0 && wanted.test(columns.get(i)))
                .toArray();
    }

    /** The position of the column that fills {@code pointer} (with {@code *} for item indexes), or -1. */
    int position(String template) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i) != null && columns.get(i).pointer().equals(template)) {
                return i;
            }
        }
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i) != null && columns.get(i).pointer().startsWith(template + "/")) {
                return i;
            }
        }
        return -1;
    }
}
