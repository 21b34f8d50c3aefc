package org.opdl.schema.xlsx;

import java.io.CharConversionException;
import java.io.EOFException;
import java.io.UnsupportedEncodingException;
import java.util.regex.Pattern;
import java.util.zip.ZipException;
import org.opdl.schema.format.ReaderRule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Text;
import org.opdl.schema.format.ReadException;

/**
 * Opens a workbook file for reading, refusing what is not a plain workbook before any sheet is
 * parsed: an old {@code .xls}, a password-protected workbook, a macro-enabled one, a file that
 * is no zip at all. POI's zip guard refuses parts that unpack more than {@value #MAX_RATIO_TIMES}
 * times their packed size (a zip bomb) or to more than {@value #MAX_PART_BYTES} bytes.
 */
final class WorkbookPackage {

    /** The most a part may unpack to, in bytes: far beyond the sheets of any listings workbook. */
    static final long MAX_PART_BYTES = 1L << 30;
    /** How many times its packed size a part may unpack to. */
    static final int MAX_RATIO_TIMES = 100;

    private static final String MACRO_WORKBOOK = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

    static {
        Poi.quiet();
        ZipSecureFile.setMinInflateRatio(1.0 / MAX_RATIO_TIMES);
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
    }

    private WorkbookPackage() {
    }

    /** Opens {@code file} (a copy of the user's {@code source}) or throws a {@link ReadException} saying why not. */
    static OPCPackage open(String source, Path file) throws IOException {
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        } catch (org.apache.poi.EmptyFileException e) {
            // Found by fuzzing: POI throws on an empty file instead of naming no format.
            throw refuse(source, "",
                    XlsxMessages.PACKAGE_EMPTY.text(), XlsxMessages.PACKAGE_EMPTY_FIX.text());
        }
        if (magic == FileMagic.OLE2) {
            throw ole2(source, file);
        }
        if (magic != FileMagic.OOXML) {
            throw refuse(source, "",
                    XlsxMessages.PACKAGE_NOT_ZIP.text(), XlsxMessages.PACKAGE_SAVE_AS_XLSX.text());
        }
        String packed = ZipMethods.unreadable(file);
        if (packed != null) {
            // Found by fuzzing: a part packed with Zstandard made the zip library fail for want of a decoder.
            throw packedOddly(source, packed);
        }
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException e) {
            // Only a package that fails to open is looked at again, to name LibreOffice's own format.
            if (ZipMethods.openDocument(file)) {
                throw refuse(source, "", XlsxMessages.PACKAGE_OPENDOCUMENT.text(), XlsxMessages.PACKAGE_SAVE_AS_XLSX.text());
            }
            throw corrupt(source, "", e);
        } catch (NoClassDefFoundError e) {
            // Found by fuzzing: with its directory broken, the zip is read part by part, and a part
            // packed with Zstandard or XZ makes the zip library reach for a decoder opdl does not ship.
            throw packedOddly(source, "(" + e.getMessage() + ")");
        }
        try {
            if (pkg.isStrictOoxmlFormat()) {
                // Excel's "Strict Open XML Spreadsheet", whose parts POI will not read: named, with the format to save as.
                throw refuse(source, "xl/workbook.xml", XlsxMessages.PACKAGE_STRICT.text(), XlsxMessages.PACKAGE_STRICT_FIX.text());
            }
            new XSSFReader(pkg);
            if (!pkg.getPartsByContentType(MACRO_WORKBOOK).isEmpty()
                    || !pkg.getPartsByName(Pattern.compile("(?i)/xl/vbaProject\\.bin")).isEmpty()) {
                throw refuse(source, "xl/workbook.xml",
                        XlsxMessages.PACKAGE_MACROS.text(), XlsxMessages.PACKAGE_MACROS_FIX.text());
            }
        } catch (ReadException e) {
            pkg.revert();
            throw e;
        } catch (OpenXML4JException | RuntimeException | IOException e) {
            pkg.revert();
            throw corrupt(source, "", e);
        }
        return pkg;
    }

    /** A part packed with a method no spreadsheet program writes, named as {@code part}. */
    private static ReadException packedOddly(String source, String part) {
        return refuse(source, "",
                XlsxMessages.PACKAGE_PACKED_ODDLY.text(part), XlsxMessages.PACKAGE_SAVE_AGAIN.text());
    }

    /** An old binary workbook, or an encrypted one, which Office wraps in the same container. */
    private static ReadException ole2(String source, Path file) {
        boolean encrypted = false;
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            encrypted = fs.getRoot().hasEntry("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            // Not even a readable container: the .xls message still says what to do.
        }
        if (encrypted) {
            return refuse(source, "EncryptedPackage",
                    XlsxMessages.PACKAGE_PASSWORD.text(), XlsxMessages.PACKAGE_PASSWORD_FIX.text());
        }
        return refuse(source, "",
                XlsxMessages.PACKAGE_OLD_XLS.text(), XlsxMessages.PACKAGE_SAVE_AS_XLSX.text());
    }

    /** POI's zip guard speaks through I/O errors: a zip bomb becomes a refusal naming the part. */
    static IOException bombOr(String source, String part, IOException e) {
        if (e instanceof ZipException || e instanceof EOFException
                || e instanceof CharConversionException || e instanceof UnsupportedEncodingException) {
            // Broken or cut compressed bytes, or XML in an encoding that does not exist or bytes
            // that are not of their encoding: a corrupt workbook, not a failing disk (found by fuzzing).
            throw WorkbookPackage.corrupt(source, part, e);
        }
        if (e.getMessage() != null && (e.getMessage().contains("Zip bomb") || e.getMessage().contains("exceeds the max"))) {
            throw WorkbookPackage.corrupt(source, part, e);
        }
        return e;
    }

    /** A part that cannot be read, with POI's reason, which names a zip bomb as such. */
    static ReadException corrupt(String source, String part, Exception e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        if (why.length() > 300) {
            why = why.substring(0, 300) + "…";
        }
        boolean bomb = why.contains("Zip bomb") || why.contains("exceeds the max");
        Text where = part.isEmpty() ? new Text("", "") : XlsxMessages.PACKAGE_PART.text(part);
        return refuse(source, part, (bomb ? XlsxMessages.PACKAGE_ZIP_BOMB : XlsxMessages.PACKAGE_CORRUPT).text(where, why),
                (bomb ? XlsxMessages.PACKAGE_ZIP_BOMB_FIX : XlsxMessages.PACKAGE_SAVE_AGAIN).text());
    }

    /** A refusal of the whole file; {@code part} is named in the text by the caller when it helps. */
    static ReadException refuse(String source, String part, Text text, Text fix) {
        return new ReadException(ReaderRule.SYNTAX_XLSX, new Location.Text(source, 0, 0), text, fix);
    }
}
