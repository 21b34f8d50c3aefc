package org.opdl.cli.command;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.opdl.cli.exit.UsageException;
import org.opdl.schema.convert.Formats;
import org.opdl.schema.format.Format;

/**
 * Chooses the format of an input the way every command does: the {@code --from} name when given,
 * else the file's extension, else its first bytes. Shared so that convert and validate never
 * disagree about what a file is.
 */
final class InputFormats {

    private static final int HEAD = 8192;

    private InputFormats() {
    }

    /**
     * The format of an input.
     *
     * @param from the {@code --from} value, or null
     * @param name the input's name as given, or {@code -} for standard input, whose format only its content tells
     * @param in the input, buffered so that its first bytes can be looked at and put back
     */
    static Format of(String from, String name, BufferedInputStream in) throws IOException {
        if (from != null) {
            return named(from);
        }
        if (!"-".equals(name)) {
            Optional<Format> byName = Formats.byExtension(Path.of(name).getFileName().toString());
            if (byName.isPresent()) {
                return byName.get();
            }
        }
        in.mark(HEAD);
        byte[] head = in.readNBytes(HEAD);
        in.reset();
        return Formats.byContent(head, head.length);
    }

    /** The format with this name; an unknown name is a usage error listing the known ones. */
    static Format named(String name) {
        return Formats.named(name).orElseThrow(() -> new UsageException(CommandMessages.INPUT_FORMATS_UNKNOWN_FORMAT_USE.text(name, String.join(", ", Formats.names()))));
    }
}
