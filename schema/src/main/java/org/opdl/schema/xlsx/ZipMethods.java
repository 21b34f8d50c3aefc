package org.opdl.schema.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.archivers.zip.ZipMethod;

/**
 * The compression methods of a workbook's parts. Excel and LibreOffice store parts plain or
 * deflated, and nothing else; a part packed another way (Zstandard, LZMA, bzip2…) would make the
 * zip library reach for a decoder that is not there. Such a workbook is refused before it is opened.
 */
final class ZipMethods {

    private ZipMethods() {
    }

    /**
     * The name and method of the first part packed other than plain or deflated, as
     * {@code "xl/workbook.xml (method 93)"}, or null when every part is readable. A file whose
     * directory cannot be read is left for the package reader to refuse in its own words.
     */
    static String unreadable(Path file) {
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            Enumeration<ZipArchiveEntry> entries = zip.getEntries();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry e = entries.nextElement();
                int method = e.getMethod();
                if (method != ZipMethod.STORED.getCode() && method != ZipMethod.DEFLATED.getCode()) {
                    return e.getName() + " (method " + method + ")";
                }
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Whether the zip is an OpenDocument file (LibreOffice's own {@code .ods}), which begins with a
     * {@code mimetype} part naming its kind and has none of a workbook's parts.
     */
    static boolean openDocument(Path file) {
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            ZipArchiveEntry e = zip.getEntry("mimetype");
            if (e == null || e.getSize() > 200) {
                return false;
            }
            try (InputStream in = zip.getInputStream(e)) {
                return new String(in.readNBytes(200), StandardCharsets.US_ASCII)
                        .startsWith("application/vnd.oasis.opendocument");
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
