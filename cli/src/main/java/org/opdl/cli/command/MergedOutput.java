package org.opdl.cli.command;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.opdl.cli.output.AtomicOutput;
import org.opdl.cli.output.TempFiles;
import org.opdl.model.finding.Location;
import org.opdl.schema.format.Format;
import org.opdl.schema.format.ListingWriter;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.SourceRecord;
import org.opdl.schema.format.WriteOptions;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The dataset {@code opdl merge} writes, listing by listing as they are kept, so that a merge holds
 * no listing in memory. The dataset's own fields are those of the first file that has them, which
 * may come after files without any: until they are known, listings wait in a temporary file of one
 * listing a line, beside the output's own, and are written first once the fields are known or the
 * last file is being read. A reader gives a file's dataset fields before its first listing, so once
 * the last file's first listing comes, the fields are known and nothing need wait: a merge of one file
 * spools nothing. When the heads of the files, read first, settle the fields ({@link #settle}), no
 * listing waits at all; only files read from a pipe or standard input leave them unknown. Nothing
 * appears at the output's name until {@link #commit}.
 */
final class MergedOutput implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A failure to write the dataset, kept apart from a failure to read an input: an I/O error, or a value the format cannot carry. */
    static final class WriteFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WriteFailure(Exception cause) {
            super(cause);
        }
    }

    private final AtomicOutput out;
    private final ListingWriter writer;
    private final String shown;
    private final Path spoolDir;
    private ObjectNode header;
    private boolean begun;
    private boolean fieldsSettled;
    private Path spool;
    private BufferedWriter waiting;

    private MergedOutput(AtomicOutput out, ListingWriter writer, String shown, Path spoolDir) {
        this.out = out;
        this.writer = writer;
        this.shown = shown;
        this.spoolDir = spoolDir;
    }

    /** An output to {@code target} in {@code format}, which may not be one of {@code inputs}. */
    static MergedOutput open(Path target, Format format, WriteOptions options, Collection<Path> inputs, boolean force,
            PrintWriter stdout) throws IOException {
        AtomicOutput out = AtomicOutput.open(target, inputs, force, stdout);
        try {
            OutputStream stream = out.stream();
            Path parent = target.toAbsolutePath().getParent();
            Path dir = target.toString().equals(AtomicOutput.STDOUT) || parent == null
                    ? Path.of(System.getProperty("java.io.tmpdir")) : parent;
            return new MergedOutput(out, format.writer(stream, options), target.toString(), dir);
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
    }

    /** The dataset's own fields of one file; the first that are not empty are the dataset's. */
    void dataset(ObjectNode fields) {
        if (header == null && fields != null && !fields.isEmpty()) {
            header = fields.deepCopy();
        }
    }

    /** Says that the file read from now on is the last: no dataset field can come after its first listing. */
    void lastInput() {
        fieldsSettled = true;
    }

    /**
     * Says that the dataset's own fields are known before any file is merged ({@link FieldsAhead}): {@code fields},
     * or none when null, so that every listing is written as it is kept and none waits.
     */
    void settle(ObjectNode fields) {
        dataset(fields);
        fieldsSettled = true;
    }

    /** Writes one listing kept, read from {@code source}, or keeps it waiting while the dataset's own fields may still come. */
    void write(String source, SourceRecord record) {
        try {
            if (!begun && (header != null || fieldsSettled)) {
                begin();
            }
            if (begun) {
                writer.write(record);
            } else {
                holdBack(source, record);
            }
        } catch (IOException | ReadException e) {
            throw new WriteFailure(e);
        } catch (UncheckedIOException e) {
            throw new WriteFailure(e.getCause());
        } catch (RuntimeException e) {
            // A full disk under the writer: Jackson and Jena wrap it in their own exceptions.
            if (e.getCause() instanceof IOException io) {
                throw new WriteFailure(io);
            }
            throw e;
        }
    }

    /** Ends the dataset and makes it appear at its name. */
    void commit() {
        try {
            if (!begun) {
                begin();
            }
            writer.end(null, this::place);
            out.stream().flush();
            out.commit();
        } catch (IOException | ReadException e) {
            throw new WriteFailure(e);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof IOException io) {
                throw new WriteFailure(io);
            }
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (waiting != null) {
                waiting.close();
            }
        } finally {
            try {
                if (spool != null) {
                    TempFiles.delete(spool);
                }
            } finally {
                out.close();
            }
        }
    }

    private Location place(String pointer) {
        return new Location.Json(shown, -1, pointer, 0, 0);
    }

    private void begin() throws IOException {
        writer.begin(header, this::place);
        begun = true;
        if (spool == null) {
            return;
        }
        waiting.close();
        waiting = null;
        try (BufferedReader lines = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                ObjectNode held = (ObjectNode) JSON.readTree(line);
                String source = held.path("source").asString("");
                int index = held.path("index").asInt();
                writer.write(new SourceRecord(index, (ObjectNode) held.get("listing"),
                        pointer -> new Location.Json(source, index, pointer, 0, 0), List.of()));
            }
        }
        TempFiles.delete(spool);
        spool = null;
    }

    private void holdBack(String source, SourceRecord record) throws IOException {
        if (spool == null) {
            spool = TempFiles.create(spoolDir);
            waiting = new BufferedWriter(new OutputStreamWriter(TempFiles.stream(spool), StandardCharsets.UTF_8), 1 << 16);
        }
        ObjectNode held = JSON.createObjectNode();
        held.put("source", source);
        held.put("index", record.index());
        held.set("listing", record.listing());
        waiting.write(JSON.writeValueAsString(held));
        waiting.write('\n');
    }
}
