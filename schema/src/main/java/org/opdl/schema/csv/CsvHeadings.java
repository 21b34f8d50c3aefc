package org.opdl.schema.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Text;
import org.opdl.schema.format.ReaderRule;

/**
 * The heading row of a spreadsheet, matched to the columns of the form after folding case,
 * accents, spaces and punctuation, in either language. An unknown heading is an error naming the
 * nearest known heading, never a silent drop; a repeated heading is
 * reported and its cells must agree with the first; blank trailing columns are ignored.
 *
 * @param source the file
 * @param written the headings as written in the file
 * @param columns the column of each position, or null when the position is not read
 * @param duplicateOf for a repeated heading, the position of its first occurrence, else -1
 * @param rowShift rows above the heading row that the parser did not count (an Excel sep= line)
 */
record CsvHeadings(String source, List<String> written, List<Column> columns, int[] duplicateOf, long rowShift) {

    /**
     * "Did you mean" hints are worked out for this many unknown headings, each at most this long:
     * every hint compares the heading with every heading of the form, so a row of thousands of
     * unknown or very long headings would otherwise cost seconds. A heading holding control or
     * replacement characters is no misspelling and gets no hint. The headings are still reported.
     */
    private static final int MAX_HINTS = 20;
    private static final int MAX_HINT_LENGTH = 64;

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
                        new Text("the heading \"" + h + "\" has spaces around it; it was read as \"" + Cells.strip(h) + "\"",
                                "l'en-tête « " + h + " » a des espaces autour; il a été lu comme « " + Cells.strip(h) + " »"),
                        new Text("delete the spaces around the heading", "supprimez les espaces autour de l'en-tête")));
            }
            Optional<Column> c = layout.find(h);
            if (c.isEmpty()) {
                String hint = "";
                if (hinted++ < MAX_HINTS && h.length() <= MAX_HINT_LENGTH && h.chars().allMatch(ch -> ch >= 0x20 && ch != 0xFFFD)) {
                    hint = layout.hint(h);
                }
                notes.accept(new Finding(ReaderRule.CSV_UNKNOWN_HEADING.id(), ReaderRule.CSV_UNKNOWN_HEADING.severity(), at,
                        new Text("the heading \"" + h + "\" is not part of the form, so its cells were not read",
                                "l'en-tête « " + h + " » ne fait pas partie du formulaire, ses cellules n'ont donc pas été lues"),
                        hint.isEmpty()
                                ? new Text("rename the column to a heading of the form (opdl template lists them), or delete it",
                                        "renommez la colonne d'après un en-tête du formulaire (opdl template les énumère), ou supprimez-la")
                                : new Text("did you mean \"" + hint + "\"? Rename the column, or delete it if it holds nothing for the standard",
                                        "vouliez-vous dire « " + hint + " »? Renommez la colonne, ou supprimez-la si elle ne contient rien pour la norme")));
                columns.add(null);
                continue;
            }
            known++;
            Integer first = seen.putIfAbsent(c.get().pointer(), i);
            if (first != null) {
                duplicateOf[i] = first;
                notes.accept(new Finding(ReaderRule.CSV_DUPLICATE_HEADING.id(), ReaderRule.CSV_DUPLICATE_HEADING.severity(), at,
                        new Text("the heading \"" + h + "\" repeats column " + Location.Csv.letter(first) + " (\"" + written.get(first) + "\")",
                                "l'en-tête « " + h + " » répète la colonne " + Location.Csv.letter(first) + " (« " + written.get(first) + " »)"),
                        new Text("keep one of the two columns", "gardez une des deux colonnes")));
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
                    .reduce((a, b) -> a + ", " + b).orElse("nothing");
            String first = written.isEmpty() ? "" : written.get(0).strip();
            boolean json = first.startsWith("[") || first.startsWith("{");
            throw new org.opdl.schema.format.ReadException(ReaderRule.SYNTAX_CSV, new Location.Csv(source, -1, "", row, "", ""),
                    new Text((json ? "the file looks like JSON, not CSV: name it .json or give --from json. " : "")
                            + "row " + row + " has no heading of the form (it holds " + found + "); the first row must hold headings such as "
                            + String.join(", ", expected) + ", …",
                            (json ? "le fichier semble être du JSON, pas du CSV : nommez-le .json ou indiquez --from json. " : "")
                            + "la rangée " + row + " n'a aucun en-tête du formulaire (elle contient " + found.replace("nothing", "rien")
                            + "); la première rangée doit contenir des en-têtes comme " + String.join(", ", expectedFr) + ", …"),
                    new Text("insert the heading row at the top; opdl template writes every heading",
                            "insérez la rangée d'en-têtes en haut; opdl template écrit tous les en-têtes"));
        }
        held.forEach(out);
        if (width < written.size()) {
            out.accept(new Finding(ReaderRule.CSV_BLANK_COLUMNS.id(), ReaderRule.CSV_BLANK_COLUMNS.severity(), new Location.Csv(source, -1, "", row, "", ""),
                    new Text((written.size() - width) + " blank column(s) at the right were ignored",
                            (written.size() - width) + " colonne(s) vide(s) à droite ont été ignorées"),
                    new Text("nothing to do", "rien à faire")));
        }
        return new CsvHeadings(source, written, columns, duplicateOf, rowShift);
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
