package org.opdl.cli.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.opdl.cli.exit.InputException;

/**
 * A small file that steers a command rather than holding listings: a match profile, a SPARQL
 * query, a credentials file. It is read whole, so it must be a regular file of at most
 * {@link #MAX_BYTES}: a folder, a device such as {@code /dev/zero} or a named pipe nobody writes
 * to would otherwise exhaust memory or wait for ever. Its text must be UTF-8. Named {@code -}, it is
 * read from standard input, to the same size, so that a query or a profile can be piped in.
 */
public final class SideFile {

    /** The most bytes read: far more than any profile, query or credentials file needs. */
    public static final int MAX_BYTES = 1 << 20;

    private SideFile() {
    }

    /**
     * The bytes of {@code file}, once it is known to be a regular, readable file of at most {@link #MAX_BYTES}.
     *
     * @throws InputException naming the file, what it is and what to give instead
     */
    public static byte[] bytes(Path file) {
        if (file.toString().equals(Input.STDIN)) {
            if (ClosedStandardInput.now()) {
                throw new InputException(InputMessages.INPUT_STANDARD_INPUT_CLOSED.text());
            }
            try {
                return bounded(file, System.in);
            } catch (IOException e) {
                throw new InputException(InputMessages.SIDE_FILE_CANNOT_READ.text(file, String.valueOf(e.getMessage())));
            }
        }
        RegularFile.attributes(file, (why, kind) -> new InputException(switch (why) {
            case MISSING -> InputMessages.INPUT_CANNOT_READ_NO.text(file);
            case UNREADABLE -> InputMessages.INPUT_CANNOT_READ_PERMISSION.text(file);
            case FOLDER, NOT_FILE -> InputMessages.SIDE_FILE_NOT_REGULAR.text(file, kind.words());
        }));
        try (InputStream in = Files.newInputStream(file)) {
            return bounded(file, in);
        } catch (AccessDeniedException e) {
            throw new InputException(InputMessages.INPUT_CANNOT_READ_PERMISSION.text(file));
        } catch (IOException e) {
            throw new InputException(InputMessages.SIDE_FILE_CANNOT_READ.text(file, String.valueOf(e.getMessage())));
        }
    }

    /** At most {@link #MAX_BYTES} of {@code in}, refused beyond that. */
    private static byte[] bounded(Path file, InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new InputException(InputMessages.SIDE_FILE_TOO_LARGE.text(file, MAX_BYTES / (1 << 20)));
        }
        return bytes;
    }

    /**
     * The text of {@code file}, decoded as strict UTF-8 without a leading byte-order mark.
     *
     * @throws InputException as {@link #bytes(Path)} does, or naming the line of the first byte that is not UTF-8
     */
    public static String text(Path file) {
        byte[] bytes = bytes(file);
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(in)
                    .toString();
        } catch (CharacterCodingException e) {
            int line = 1;
            for (int i = start; i < in.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new InputException(InputMessages.SIDE_FILE_NOT_UTF.text(file, line));
        }
    }
}
