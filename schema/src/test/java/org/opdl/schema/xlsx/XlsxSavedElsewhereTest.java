package org.opdl.schema.xlsx;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.opdl.schema.format.Limits;

@DisplayName("Workbooks saved by other spreadsheet programs read as the coordinator sees them")
@Timeout(60)
class XlsxSavedElsewhereTest {

    private static final String SHEET = "xl/worksheets/sheet1.xml";

    private static Books.Reading read(String row2) throws IOException {
        String rows = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Listing ID</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>Title (en)</t></is></c>"
                + "<c r=\"C1\" t=\"inlineStr\"><is><t>Places approximate</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>listing:northern-screen-lab/mentorship</t></is></c>" + row2 + "</row>";
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData>" + rows + "</sheetData></worksheet>";
        byte[] book = Books.rezip(Books.sheet("Listings", Books.listing()), Map.of(SHEET, xml.getBytes(UTF_8)));
        return Books.read(book, Limits.DEFAULT);
    }

    @Test
    @DisplayName("LibreOffice's TRUE() and FALSE(), its way of saving a yes/no cell, are the value, not a formula to report")
    void libreOfficeBooleans() throws IOException {
        Books.Reading yes = read("<c r=\"C2\" t=\"b\"><f aca=\"false\">TRUE()</f><v>1</v></c>");
        assertThat(yes.records().get(0).listing().at("/intakes/0/placesApproximate").asBoolean()).isTrue();
        assertThat(yes.ruleIds()).doesNotContain("opdl.xlsx.formula");

        Books.Reading no = read("<c r=\"C2\" t=\"b\"><f>FALSE()</f><v>0</v></c>");
        assertThat(no.records().get(0).listing().at("/intakes/0/placesApproximate").isBoolean()).isTrue();
        assertThat(no.records().get(0).listing().at("/intakes/0/placesApproximate").asBoolean()).isFalse();
        assertThat(no.ruleIds()).doesNotContain("opdl.xlsx.formula");
    }

    @Test
    @DisplayName("a yes/no cell computed by a real formula is still reported, as is TRUE() whose saved value disagrees")
    void realFormulasStillReported() throws IOException {
        assertThat(read("<c r=\"C2\" t=\"b\"><f>AND(TRUE(),D2&gt;3)</f><v>1</v></c>").ruleIds()).contains("opdl.xlsx.formula");
        assertThat(read("<c r=\"C2\" t=\"b\"><f>TRUE()</f><v>0</v></c>").ruleIds()).contains("opdl.xlsx.formula");
    }

    @Test
    @DisplayName("an inline text's phonetic guide (rPh) is not part of its value; its formatted runs are joined")
    void inlinePhoneticRuns() throws IOException {
        Books.Reading r = read("<c r=\"B2\" t=\"inlineStr\"><is><r><rPr><b/></rPr><t>Emerging </t></r><r><t>Producer Mentorship</t></r>"
                + "<rPh sb=\"0\" eb=\"1\"><t>エマージング</t></rPh></is></c>");
        assertThat(r.records().get(0).listing().at("/title/en").asString()).isEqualTo("Emerging Producer Mentorship");
    }
}
