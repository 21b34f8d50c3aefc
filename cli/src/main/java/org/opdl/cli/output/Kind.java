package org.opdl.cli.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What a path that is not a regular file is, named in both languages, so that messages say "is a
 * folder" or "is a named pipe" rather than "no such file".
 *
 * @param en the English words, with their article
 * @param fr the French words, with their article
 */
public record Kind(String en, String fr) {

    private static final int TYPE = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHAR = 0020000;
    private static final int BLOCK = 0060000;
    private static final int SOCKET = 0140000;

    /** What {@code path}, whose attributes are {@code a}, is. */
    public static Kind of(Path path, BasicFileAttributes a) {
        if (a.isDirectory()) {
            return new Kind("a folder", "un dossier");
        }
        if (a.isSymbolicLink()) {
            return new Kind("a symbolic link", "un lien symbolique");
        }
        try {
            int mode = (Integer) Files.getAttribute(path, "unix:mode") & TYPE;
            Kind kind = switch (mode) {
                case FIFO -> new Kind("a named pipe (FIFO)", "un tube nommé (FIFO)");
                case CHAR -> new Kind("a device", "un périphérique");
                case BLOCK -> new Kind("a block device", "un périphérique bloc");
                case SOCKET -> new Kind("a socket", "une socket");
                default -> null;
            };
            if (kind != null) {
                return kind;
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            // No unix view (another system): the general words below are still true.
        }
        return new Kind("a special file", "un fichier spécial");
    }
}
