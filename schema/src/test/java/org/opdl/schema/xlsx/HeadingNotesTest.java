package org.opdl.schema.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.text.Lang;

/** The note on a code column's heading gives its example as the dropdown shows it: labels in the workbook's language. */
@DisplayName("The heading notes of the template workbook")
class HeadingNotesTest {

    private static String note(Lang lang, String sheet, String heading) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxTemplate.write(out, lang);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet s = wb.getSheet(sheet);
            for (Cell c : s.getRow(0)) {
                if (c.getStringCellValue().equals(heading)) {
                    return c.getCellComment().getString().getString();
                }
            }
        }
        throw new AssertionError("no heading " + heading + " in " + sheet);
    }

    @Test
    @DisplayName("in French, a code column's example is its French label, several separated by |, never the English code")
    void frenchExamplesAreLabels() throws IOException {
        assertThat(note(Lang.FR, "Fiches", "Types de programme")).contains("Exemple : Stage rémunéré").doesNotContain("paid-placement");
        assertThat(note(Lang.FR, "Fiches", "Stades de carrière")).contains("Exemple : Émergent | Début de carrière")
                .doesNotContain("early-career");
        assertThat(note(Lang.FR, "Fiches", "Unité de participation")).contains("Exemple : Personne").doesNotContain("individual");
        assertThat(note(Lang.FR, "Appels de candidatures", "Saison")).contains("Exemple : Automne").doesNotContain("autumn");
    }

    @Test
    @DisplayName("a yes/no column's example is the word the reader reads in the workbook's language, oui or yes, never true")
    void yesNoExamplesAreWords() throws IOException {
        assertThat(note(Lang.FR, "Appels de candidatures", "Places approximatives")).contains("Exemple : oui")
                .doesNotContain("true");
        assertThat(note(Lang.EN, "Intakes", "Places approximate")).contains("Example: yes").doesNotContain("true");
    }

    @Test
    @DisplayName("in English, the example is the English label; other columns keep their example as written")
    void englishExamplesAreLabels() throws IOException {
        assertThat(note(Lang.EN, "Listings", "Program types")).contains("Example: Paid placement");
        assertThat(note(Lang.EN, "Intakes", "Places")).contains("Example: 4");
    }
}
