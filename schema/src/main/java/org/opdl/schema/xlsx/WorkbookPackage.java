package org.opdl.schema.xlsx;

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
                    new Text("the workbook is empty (0 bytes)", "le classeur est vide (0 octet)"),
                    new Text("start from opdl template --to xlsx, which writes the sheets",
                            "partez de opdl template --to xlsx, qui écrit les feuilles"));
        }
        if (magic == FileMagic.OLE2) {
            throw ole2(source, file);
        }
        if (magic != FileMagic.OOXML) {
            throw refuse(source, "",
                    new Text("the file is not a workbook (.xlsx): it is not a zip package",
                            "le fichier n'est pas un classeur (.xlsx) : ce n'est pas un paquet zip"),
                    new Text("open it in Excel or LibreOffice and save it as \"Excel Workbook (.xlsx)\"",
                            "ouvrez-le dans Excel ou LibreOffice et enregistrez-le en « Classeur Excel (.xlsx) »"));
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
            throw corrupt(source, "", e);
        } catch (NoClassDefFoundError e) {
            // Found by fuzzing: with its directory broken, the zip is read part by part, and a part
            // packed with Zstandard or XZ makes the zip library reach for a decoder opdl does not ship.
            throw packedOddly(source, "(" + e.getMessage() + ")");
        }
        try {
            new XSSFReader(pkg);
            if (!pkg.getPartsByContentType(MACRO_WORKBOOK).isEmpty()
                    || !pkg.getPartsByName(java.util.regex.Pattern.compile("(?i)/xl/vbaProject\\.bin")).isEmpty()) {
                throw refuse(source, "xl/workbook.xml",
                        new Text("the workbook holds macros (.xlsm); opdl does not read macro-enabled workbooks",
                                "le classeur contient des macros (.xlsm); opdl ne lit pas les classeurs avec macros"),
                        new Text("save a copy as \"Excel Workbook (.xlsx)\", which drops the macros, and check that copy",
                                "enregistrez une copie en « Classeur Excel (.xlsx) », sans les macros, et vérifiez cette copie"));
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
                new Text("the workbook cannot be read: its part " + part + " is packed in a way Excel never uses",
                        "le classeur ne peut pas être lu : sa partie " + part + " est compressée d'une façon qu'Excel n'utilise jamais"),
                new Text("open it in Excel or LibreOffice, save it again as .xlsx and check the new copy",
                        "ouvrez-le dans Excel ou LibreOffice, enregistrez-le de nouveau en .xlsx et vérifiez la nouvelle copie"));
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
                    new Text("the workbook is protected by a password, so its sheets cannot be read",
                            "le classeur est protégé par un mot de passe; ses feuilles ne peuvent pas être lues"),
                    new Text("remove the password (File > Info > Protect Workbook > Encrypt with Password) and save again",
                            "retirez le mot de passe (Fichier > Informations > Protéger le classeur > Chiffrer avec mot de passe) et enregistrez de nouveau"));
        }
        return refuse(source, "",
                new Text("the file is an old Excel workbook (.xls, Excel 97-2003), which opdl does not read",
                        "le fichier est un ancien classeur Excel (.xls, Excel 97-2003), qu'opdl ne lit pas"),
                new Text("open it in Excel or LibreOffice and save it as \"Excel Workbook (.xlsx)\"",
                        "ouvrez-le dans Excel ou LibreOffice et enregistrez-le en « Classeur Excel (.xlsx) »"));
    }

    /** A part that cannot be read, with POI's reason, which names a zip bomb as such. */
    static ReadException corrupt(String source, String part, Exception e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        if (why.length() > 300) {
            why = why.substring(0, 300) + "…";
        }
        boolean bomb = why.contains("Zip bomb") || why.contains("exceeds the max");
        String where = part.isEmpty() ? "" : " (part " + part + ")";
        String whereFr = part.isEmpty() ? "" : " (partie " + part + ")";
        return refuse(source, part,
                bomb ? new Text("the workbook" + where + " unpacks to far more than its size, as a zip bomb does: " + why,
                        "le classeur" + whereFr + " se décompresse en bien plus que sa taille, comme une bombe zip : " + why)
                        : new Text("the workbook cannot be read" + where + ": " + why,
                                "le classeur ne peut pas être lu" + whereFr + " : " + why),
                bomb ? new Text("check where the file came from; a real listings workbook is never this large unpacked",
                        "vérifiez d'où vient le fichier; un vrai classeur de fiches n'est jamais aussi gros décompressé")
                        : new Text("open it in Excel or LibreOffice, save it again as .xlsx and check the new copy",
                                "ouvrez-le dans Excel ou LibreOffice, enregistrez-le de nouveau en .xlsx et vérifiez la nouvelle copie"));
    }

    /** A refusal of the whole file; {@code part} is named in the text by the caller when it helps. */
    static ReadException refuse(String source, String part, Text text, Text fix) {
        return new ReadException(ReaderRule.SYNTAX_XLSX, new Location.Text(source, 0, 0), text, fix);
    }
}
