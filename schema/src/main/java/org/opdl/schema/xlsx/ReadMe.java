package org.opdl.schema.xlsx;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.opdl.model.text.Lang;
import org.opdl.model.text.Text;

/** The Read me sheet: what to fill, what the colours mean and how to check the workbook, in one language. */
final class ReadMe {

    private static final List<Text> LINES = List.of(
            new Text("OPDL listings workbook", "Classeur de fiches OPDL"),
            new Text("", ""),
            new Text("What to fill", "Quoi remplir"),
            new Text("Listings: one row per program, with its core facts. Row 2 is an example: change it or delete it.",
                    "Fiches : une rangée par programme, avec l'essentiel. La rangée 2 est un exemple : modifiez-la ou supprimez-la."),
            new Text("The other sheets (intakes, partners, funders, locations…) hold one row each. Their first column is the id of the listing they belong to, copied from the Listings sheet.",
                    "Les autres feuilles (appels de candidatures, partenaires, bailleurs de fonds, lieux…) ont une rangée par élément. Leur première colonne est l'identifiant de la fiche, copié de la feuille Fiches."),
            new Text("Point at a heading to read what the column means. Columns with a dropdown take a value from the list; several values in one cell are separated by |.",
                    "Pointez un en-tête pour lire ce que la colonne signifie. Les colonnes avec une liste déroulante prennent une valeur de la liste; plusieurs valeurs dans une cellule sont séparées par |."),
            new Text("Type dates as dates (2026-03-01) and amounts as numbers. Formulas are not read: type the values.",
                    "Tapez les dates comme des dates (2026-03-01) et les montants comme des nombres. Les formules ne sont pas lues : tapez les valeurs."),
            new Text("", ""),
            new Text("What the colours mean", "Ce que les couleurs signifient"),
            new Text("Orange heading: required; fill it for every program.", "En-tête orange : obligatoire; remplissez-le pour chaque programme."),
            new Text("Blue heading: fill it when it applies.", "En-tête bleu : remplissez-le s'il s'applique."),
            new Text("In a checked copy (opdl validate --annotate): red cell = error, orange = warning, blue = information; the note on the cell says what to do.",
                    "Dans une copie vérifiée (opdl validate --annotate) : cellule rouge = erreur, orange = avertissement, bleue = information; la note de la cellule dit quoi faire."),
            new Text("", ""),
            new Text("How to check it", "Comment le vérifier"),
            new Text("opdl validate workbook.xlsx", "opdl validate classeur.xlsx --lang fr"),
            new Text("opdl convert workbook.xlsx --to json -o listings.json", "opdl convert classeur.xlsx --to json -o fiches.json"));

    /** About how many characters of the text style fit the column's width on one line. */
    private static final int CHARS_PER_LINE = 135;

    private ReadMe() {
    }

    /** Fills {@code sheet}. */
    static void write(Sheet sheet, Lang lang, WorkbookStyles styles) {
        sheet.setColumnWidth(0, 110 * 256);
        for (int i = 0; i < LINES.size(); i++) {
            Row row = sheet.createRow(i);
            Cell cell = row.createCell(0);
            String line = LINES.get(i).in(lang);
            cell.setCellValue(line);
            // Not every spreadsheet fits a row to its wrapped text on opening (LibreOffice does not),
            // so a line longer than the column gets the height of the lines it wraps to.
            int wrapped = Math.max(1, (line.length() + CHARS_PER_LINE - 1) / CHARS_PER_LINE);
            if (wrapped > 1) {
                row.setHeightInPoints(wrapped * sheet.getDefaultRowHeightInPoints());
            }
            // The first line and each line after a blank one is a title.
            boolean title = i == 0 || LINES.get(i - 1).en().isEmpty() && !LINES.get(i).en().isEmpty();
            cell.setCellStyle(title ? styles.title() : styles.text());
        }
    }
}
