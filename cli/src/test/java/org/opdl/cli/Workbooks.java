package org.opdl.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Provider workbooks for the end-to-end tests. */
final class Workbooks {

    private Workbooks() {
    }

    /** A one-listing workbook whose Intakes sheet says "several" places (cell B2), which is no number. */
    static Path placesInWords(Path book) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(book)) {
            Sheet s = wb.createSheet("Listings");
            Row head = s.createRow(0);
            head.createCell(0).setCellValue("Listing ID");
            head.createCell(1).setCellValue("Title (en)");
            Row row = s.createRow(1);
            row.createCell(0).setCellValue("listing:northern-screen-lab/mentorship");
            row.createCell(1).setCellValue("Emerging Producer Mentorship");
            Sheet intakes = wb.createSheet("Intakes");
            Row ih = intakes.createRow(0);
            ih.createCell(0).setCellValue("Listing ID");
            ih.createCell(1).setCellValue("Places");
            Row ir = intakes.createRow(1);
            ir.createCell(0).setCellValue("listing:northern-screen-lab/mentorship");
            ir.createCell(1).setCellValue("several");
            wb.write(out);
        }
        return book;
    }
}
