package org.opdl.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A coordinator who has never opened a terminal gets the workbook to fill from the page itself. */
@DisplayName("opdl serve hands out the template workbook in the page's language")
class ServeTemplateTest {

    @RegisterExtension
    static final ServedPage PAGE = ServedPage.of(4);

    @Test
    @DisplayName("the page links to the workbook in its own language")
    void pageLinksToTheWorkbook() throws Exception {
        assertThat(PAGE.client().get("/").body()).contains("href=\"/template.xlsx?lang=en\"").contains("Download the workbook to fill in");
        assertThat(PAGE.client().get("/?lang=fr").body()).contains("href=\"/template.xlsx?lang=fr\"")
                .contains("Téléchargez le classeur à remplir");
    }

    @Test
    @DisplayName("the French workbook has French sheets and headings, and downloads under a French name")
    void frenchWorkbook() throws Exception {
        HttpResponse<byte[]> r = PAGE.client().download("/template.xlsx?lang=fr");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(r.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"modele-fiches-opdl.xlsx\"");
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(r.body()))) {
            assertThat(wb.getSheet("Lisez-moi")).isNotNull();
            assertThat(wb.getSheet("Fiches").getRow(0).getCell(1).getStringCellValue()).isEqualTo("Titre (en)");
        }
    }

    @Test
    @DisplayName("the English workbook has English sheets and downloads under an English name")
    void englishWorkbook() throws Exception {
        HttpResponse<byte[]> r = PAGE.client().download("/template.xlsx");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"opdl-listings-template.xlsx\"");
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(r.body()))) {
            assertThat(wb.getSheet("Listings")).isNotNull();
        }
        assertThat(PAGE.server().filesHeld()).as("the workbook is made in memory, nothing is left behind").isZero();
    }
}
