package org.opdl.schema.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.text.Lang;

/**
 * The Read me sheet tells a coordinator who replaces the example row that the example has rows on
 * the other sheets too, and how to check the workbook without a terminal.
 */
@DisplayName("The Read me sheet of the template workbook")
class ReadMeTest {

    private static String readMe(Lang lang, String sheet) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxTemplate.write(out, lang);
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            for (Row row : wb.getSheet(sheet)) {
                text.append(row.getCell(0).getStringCellValue()).append('\n');
            }
        }
        return text.toString();
    }

    @Test
    @DisplayName("in French: the example's rows on the other sheets go with it, and the page checks the workbook")
    void french() throws IOException {
        String text = readMe(Lang.FR, "Lisez-moi");
        assertThat(text).contains("ses rangées dans les autres feuilles (Lieux, Appels de candidatures, Bailleurs de fonds)")
                .contains("opdl-serve.cmd");
    }

    @Test
    @DisplayName("in English too")
    void english() throws IOException {
        String text = readMe(Lang.EN, "Read me");
        assertThat(text).contains("its rows on the other sheets (Locations, Intakes, Funders)").contains("opdl-serve.cmd");
    }
}
