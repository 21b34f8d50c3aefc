package org.opdl.cli.command;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.opdl.cli.option.InputOptions;
import org.opdl.cli.output.OutputName;
import org.opdl.schema.convert.Formats;
import org.opdl.schema.format.Format;

/**
 * Chooses the format of an input the way every command does: the {@code --from} name when given,
 * else the file's extension, else its first bytes, as {@link InputOptions} does for the
 * commands that take it; kept for the commands that read with an option of their own. Also
 * chooses an output's format so that it agrees with the output's name.
 */
final class InputFormats {

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
        return InputOptions.of(from, name, in);
    }

    /** The format with this name; an unknown name is a usage error listing the known ones. */
    static Format named(String name) {
        return InputOptions.named(name);
    }

    /**
     * The format {@code --to} names for the output {@code output}; an output whose extension names
     * another format is a usage error, before anything is read.
     */
    static Format namedFor(Path output, String command, String to) {
        Format target = named(to);
        OutputName.agree(output, command, "--to", to, target.name(), target.extensions(), InputFormats::byExtension);
        return target;
    }

    /** The name of the listing format a file extension names, if any. */
    static Optional<String> byExtension(String extension) {
        return Formats.byExtension("file." + extension).map(Format::name);
    }
}
