package org.opdl.schema.xlsx;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.opdl.model.finding.Location;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ReadException;

@DisplayName("Hostile workbooks end in a finding or a clear error naming the file and part")
@Timeout(60)
class XlsxHostileTest {

    private static final String SHEET = "xl/worksheets/sheet1.xml";

    private static String sheetXml(String rows) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + rows + "</sheetData></worksheet>";
    }

    private static String head() {
        return "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Listing ID</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>Places</t></is></c></row>";
    }

    private static ReadException refusal(byte[] book) {
        return refusal(book, Limits.DEFAULT);
    }

    private static ReadException refusal(byte[] book, Limits limits) {
        try {
            Books.read(book, limits);
        } catch (ReadException e) {
            assertThat(e.location().source()).isEqualTo("book.xlsx");
            return e;
        } catch (IOException e) {
            throw new AssertionError("an I/O error instead of a clear refusal", e);
        }
        throw new AssertionError("the workbook was read");
    }

    @Test
    @DisplayName("a zip bomb is refused as such, before it fills memory")
    void zipBomb() throws IOException {
        String padding = " ".repeat(40 * 1024 * 1024);
        byte[] book = Books.rezip(Books.sheet("Listings", Books.listing()),
                Map.of(SHEET, sheetXml(head() + padding).getBytes(UTF_8)));
        ReadException e = refusal(book);
        assertThat(e.text().en()).contains("zip bomb");
        assertThat(e.text().fr()).contains("bombe zip");
    }

    @Test
    @DisplayName("an external entity in a sheet is refused and never fetched")
    void externalEntity() throws IOException {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"http://127.0.0.1:9/secret\">]>"
                + sheetXml(head() + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&e;</t></is></c></row>").substring(38);
        byte[] book = Books.rezip(Books.sheet("Listings", Books.listing()), Map.of(SHEET, xml.getBytes(UTF_8)));
        ReadException e = refusal(book);
        assertThat(e.text().en()).contains("sheet1.xml").contains("Listings");
    }

    @Test
    @DisplayName("an XML bomb in the shared strings is refused")
    void billionLaughs() throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE sst [<!ENTITY a0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        String sst = "<?xml version=\"1.0\"?>" + dtd + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&a9;</t></si></sst>";
        byte[] book = Books.rezip(Books.sheet("Listings", Books.listing()), Map.of("xl/sharedStrings.xml", sst.getBytes(UTF_8)));
        ReadException e = refusal(book);
        assertThat(e.text().en()).contains("sharedStrings.xml");
    }

    @Test
    @DisplayName("a shared-strings table larger than the limit is refused, naming the limit")
    void hugeSharedStrings() throws IOException {
        StringBuilder sst = new StringBuilder("<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        for (int i = 0; i < 200_000; i++) {
            sst.append("<si><t>").append(Integer.toHexString(i * 7919)).append(" mentorship</t></si>");
        }
        sst.append("</sst>");
        byte[] book = Books.rezip(Books.sheet("Listings", Books.listing()), Map.of("xl/sharedStrings.xml", sst.toString().getBytes(UTF_8)));
        ReadException e = refusal(book, Limits.DEFAULT.withMaxFileBytes(1_000_000));
        assertThat(e.ruleId()).isEqualTo("opdl.limit.xlsx");
        assertThat(e.text().en()).contains("shared-strings");
    }

    @Test
    @DisplayName("a sheet with more rows than the limit stops at the limit, naming the sheet")
    void tooManyRows() throws IOException {
        StringBuilder rows = new StringBuilder(head());
        for (int r = 2; r <= 5_000; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"B").append(r).append("\"><v>1</v></c></row>");
        }
        byte[] book = Books.rezip(Books.sheet("Listings", Books.listing()), Map.of(SHEET, sheetXml(rows.toString()).getBytes(UTF_8)));
        Limits limits = new Limits(64, 1_000_000, 1_000, 100, 1L << 30, 1 << 20, 1_000_000, 1_000, 1_000, Duration.ofMillis(200));
        ReadException e = refusal(book, limits);
        assertThat(e.ruleId()).isEqualTo("opdl.limit.rows");
        assertThat(e.text().en()).contains("Listings").contains("1000");
    }

    @Test
    @DisplayName("a formula is never run: its saved value is read and the cell reported")
    void formula() throws IOException {
        String rows = head() + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>listing:a/b</t></is></c>"
                + "<c r=\"B2\"><f>[1]Sheet1!A1*2</f><v>6</v></c></row>";
        byte[] book = Books.rezip(Books.sheet("Listings", Books.listing()), Map.of(SHEET, sheetXml(rows).getBytes(UTF_8)));
        Books.Reading r = Books.read(book, Limits.DEFAULT);
        assertThat(r.records()).hasSize(1);
        assertThat(r.records().get(0).listing().at("/intakes/0/places").asInt()).isEqualTo(6);
        var formula = r.notes().stream().filter(f -> f.ruleId().equals("opdl.xlsx.formula")).findFirst().orElseThrow();
        assertThat(((Location.Cell) formula.location()).reference()).isEqualTo("Listings!B2");
        assertThat(formula.message().en()).contains("never runs formulas");
    }

    @Test
    @DisplayName("a macro-enabled workbook (.xlsm) is refused with a clear message")
    void macros() throws IOException {
        byte[] book = Books.sheet("Listings", Books.listing());
        String types = new String(Books.class.getResourceAsStream("/org/opdl/schema/xlsx/none") == null
                ? contentTypes(book) : new byte[0], UTF_8)
                .replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                        "application/vnd.ms-excel.sheet.macroEnabled.main+xml");
        ReadException e = refusal(Books.rezip(book, Map.of("[Content_Types].xml", types.getBytes(UTF_8))));
        assertThat(e.text().en()).contains(".xlsm");
        assertThat(e.text().fr()).contains(".xlsm");
    }

    @Test
    @DisplayName("a password-protected workbook is refused, saying to remove the password")
    void encrypted() throws Exception {
        POIFSFileSystem fs = new POIFSFileSystem();
        Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        enc.confirmPassword("secret");
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(Books.sheet("Listings", Books.listing())));
                OutputStream os = enc.getDataStream(fs)) {
            wb.write(os);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fs.writeFilesystem(out);
        fs.close();
        ReadException e = refusal(out.toByteArray());
        assertThat(e.text().en()).contains("password");
        assertThat(e.text().fr()).contains("mot de passe");
    }

    @Test
    @DisplayName("an old .xls workbook is refused, saying to save it as .xlsx")
    void oldXls() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("Listings").createRow(0).createCell(0).setCellValue("Listing ID");
            wb.write(out);
        }
        ReadException e = refusal(out.toByteArray());
        assertThat(e.text().en()).contains(".xls");
        assertThat(e.fix().en()).contains(".xlsx");
        assertThat(e.fix().fr()).contains(".xlsx");
    }

    @Test
    @DisplayName("U4: an OpenDocument spreadsheet (.ods, LibreOffice's own format) is refused as such, saying to save it as .xlsx")
    void openDocument() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            java.util.zip.ZipEntry mimetype = new java.util.zip.ZipEntry("mimetype");
            zip.putNextEntry(mimetype);
            zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            zip.closeEntry();
            zip.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
            zip.write("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        ReadException e = refusal(out.toByteArray());
        assertThat(e.text().en()).contains("OpenDocument spreadsheet (.ods").doesNotContain("M1.13");
        assertThat(e.text().fr()).contains("classeur OpenDocument (.ods");
        assertThat(e.fix().en()).contains("Excel Workbook (.xlsx)");
    }

    @Test
    @DisplayName("a corrupt or truncated workbook is refused, not a crash")
    void corrupt() throws IOException {
        byte[] good = Books.sheet("Listings", Books.listing());
        byte[] cut = java.util.Arrays.copyOf(good, good.length / 2);
        assertThat(refusal(cut).ruleId()).isEqualTo("opdl.syntax.xlsx");
        assertThat(refusal("not a workbook at all".getBytes(UTF_8)).text().en()).contains("not a zip");
        byte[] broken = Books.rezip(good, Map.of(SHEET, "<worksheet><sheetData><row>".getBytes(UTF_8)));
        assertThat(refusal(broken).text().en()).contains("sheet1.xml");
    }

    private static byte[] contentTypes(byte[] book) throws IOException {
        List<byte[]> found = new ArrayList<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(book))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals("[Content_Types].xml")) {
                    found.add(in.readAllBytes());
                }
            }
        }
        return found.get(0);
    }
}
