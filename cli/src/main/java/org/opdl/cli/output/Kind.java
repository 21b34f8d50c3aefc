package org.opdl.cli.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.opdl.model.text.Text;

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

    private static Kind of(Text words) {
        return new Kind(words.en(), words.fr());
    }

    /** The words in both languages, to put in a message. */
    public Text words() {
        return new Text(en, fr);
    }

    /** What {@code path}, whose attributes are {@code a}, is. */
    public static Kind of(Path path, BasicFileAttributes a) {
        if (a.isDirectory()) {
            return Kind.of(OutputMessages.KIND_FOLDER.text());
        }
        if (a.isSymbolicLink()) {
            return Kind.of(OutputMessages.KIND_SYMBOLIC_LINK.text());
        }
        try {
            int mode = (Integer) Files.getAttribute(path, "unix:mode") & TYPE;
            Kind kind = switch (mode) {
                case FIFO -> Kind.of(OutputMessages.KIND_NAMED_PIPE_FIFO.text());
                case CHAR -> Kind.of(OutputMessages.KIND_DEVICE.text());
                case BLOCK -> Kind.of(OutputMessages.KIND_BLOCK_DEVICE.text());
                case SOCKET -> Kind.of(OutputMessages.KIND_SOCKET.text());
                default -> null;
            };
            if (kind != null) {
                return kind;
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            // No unix view (another system): the general words below are still true.
        }
        return Kind.of(OutputMessages.KIND_SPECIAL_FILE.text());
    }
}
