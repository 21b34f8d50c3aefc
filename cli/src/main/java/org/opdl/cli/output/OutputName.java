package org.opdl.cli.output;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.opdl.cli.exit.UsageException;

/**
 * The rule every command with {@code -o} follows about the output's name: a file whose extension
 * names one format never receives another, since the next program to open it (a spreadsheet, a
 * triple store, opdl itself) would trust the name; but a format that is also another may take its
 * name (N-Triples in a {@code .ttl} file). An extension that names no format is the user's choice
 * and is left alone.
 */
public final class OutputName {

    /** Extensions that name no format: a text file may hold any text. */
    private static final Set<String> ANY = Set.of("txt", "text", "out");

    /**
     * The formats whose files a written format also is, by name: every N-Triples file is Turtle,
     * which any Turtle reader (opdl's too) reads the same. JSON-LD and JSON are not here: opdl's
     * JSON-LD holds its listings in an {@code @graph}, which a file named {@code .json} is not read
     * with, and its JSON need not name the context that JSON-LD needs.
     */
    private static final Map<String, Set<String>> ALSO = Map.of("nt", Set.of("ttl"));

    private OutputName() {
    }

    /** The lower-case extension of {@code output}, or empty for standard output or a name without one. */
    public static Optional<String> extension(Path output) {
        if (output == null || output.toString().equals(AtomicOutput.STDOUT) || output.getFileName() == null) {
            return Optional.empty();
        }
        String name = output.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1 ? Optional.empty()
                : Optional.of(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * Refuses, before anything is read or written, an output named for another format than the one
     * written.
     *
     * @param output the {@code -o} path, or null or {@code -} for standard output
     * @param command the command, such as {@code report}
     * @param option the option that chooses the format, such as {@code --to}
     * @param value the option's value as typed, or null when the command's default chose the format
     * @param written the name of the format written, such as {@code csv}
     * @param own the extensions a file of the written format takes, the usual one first
     * @param named the format an extension names, if it names one
     */
    public static void agree(Path output, String command, String option, String value, String written, Collection<String> own,
            Function<String, Optional<String>> named) {
        Optional<String> ext = extension(output);
        if (ext.isEmpty() || own.contains(ext.get()) || ANY.contains(ext.get())) {
            return;
        }
        Optional<String> other = named.apply(ext.get());
        if (other.isPresent() && !other.get().equals(written) && !ALSO.getOrDefault(written, Set.of()).contains(other.get())) {
            String name = output.getFileName().toString();
            String renamed = name.substring(0, name.length() - ext.get().length()) + own.iterator().next();
            throw new UsageException(value != null
                    ? OutputMessages.OUTPUT_NAME_OTHER_FORMAT.text(output, other.get(), option + " " + value, written, renamed)
                    : OutputMessages.OUTPUT_NAME_DEFAULT_FORMAT.text(output, other.get(), "opdl " + command, written, renamed, option));
        }
    }
}
