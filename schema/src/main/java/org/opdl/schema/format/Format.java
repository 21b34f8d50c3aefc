package org.opdl.schema.format;

import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.opdl.model.text.Text;

/**
 * One format a dataset can take, with what is needed to read and write it.
 *
 * @param name the name used on the command line, such as {@code ttl}
 * @param label a short description in English and French
 * @param extensions the file extensions that mean this format, lower case, without the dot
 * @param streams true when both its reader and writer hold one listing at a time
 * @param reader makes a reader under the given limits
 * @param writer makes a writer onto the given stream
 */
public record Format(String name, Text label, List<String> extensions, boolean streams,
        Function<Limits, ListingReader> reader, BiFunction<OutputStream, WriteOptions, ListingWriter> writer) {

    /** Copies the extensions. */
    public Format {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        extensions = List.copyOf(extensions);
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(writer, "writer");
    }

    /** A reader under the given limits. */
    public ListingReader reader(Limits limits) {
        return reader.apply(limits);
    }

    /** A writer onto {@code out}. */
    public ListingWriter writer(OutputStream out, WriteOptions options) {
        return writer.apply(out, options);
    }
}
