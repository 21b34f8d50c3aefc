package org.opdl.docs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.opdl.schema.convert.Conversion;
import org.opdl.schema.convert.Formats;
import org.opdl.schema.format.Format;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.WriteOptions;

/**
 * The procedure that makes the public sample dataset from its hand-written source: the dataset
 * fields of {@code docs/data/source/dataset.json}, then the listings of every
 * {@code docs/data/source/programs-*.json} in name order, converted to JSON and from there to every
 * other format. It is the library behind {@code opdl convert}, so the commands in
 * {@code docs/data/README.md} give the same files.
 */
final class SampleDataset {

    /** The version of the standard the dataset is written in. */
    static final String VERSION = "0.2";

    /** The output formats, by file extension. */
    static final List<String> EXTENSIONS = List.of("json", "ndjson", "csv", "xlsx", "ttl", "nt", "jsonld", "rdf");

    private SampleDataset() {
    }

    /** The folder of the dataset. */
    static Path folder() {
        return DocFiles.root().resolve("docs/data");
    }

    /** The committed output in the format of this extension. */
    static Path output(String extension) {
        return folder().resolve("programs-" + VERSION + "." + extension);
    }

    /** The source files, dataset fields first. */
    static List<Path> sources() {
        Path source = folder().resolve("source");
        List<Path> files = new ArrayList<>();
        files.add(source.resolve("dataset.json"));
        try (Stream<Path> s = Files.list(source)) {
            s.filter(p -> p.getFileName().toString().matches("programs-.*\\.json")).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The dataset as JSON, made from the sources. */
    static byte[] json() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Conversion.Session session = Conversion.start(out, format("json"), WriteOptions.DEFAULT, f -> { });
            for (Path p : sources()) {
                try (InputStream in = Files.newInputStream(p)) {
                    session.add(p.getFileName().toString(), in, format("json"), Limits.DEFAULT);
                }
            }
            session.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The dataset in the format of this extension, converted from its JSON form. */
    static byte[] as(String extension) {
        byte[] json = json();
        if (extension.equals("json")) {
            return json;
        }
        return convert(json, "json", extension);
    }

    /** Converts bytes from one format to another, as {@code opdl convert} does. */
    static byte[] convert(byte[] in, String from, String to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Conversion.run("programs-" + VERSION + "." + from, new ByteArrayInputStream(in), format(from), Limits.DEFAULT,
                    out, format(to), WriteOptions.DEFAULT, f -> { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The format read and written for files with this extension. */
    static Format format(String extension) {
        return Formats.byExtension("x." + extension).orElseThrow();
    }
}
