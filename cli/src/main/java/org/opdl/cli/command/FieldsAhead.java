package org.opdl.cli.command;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import org.opdl.cli.input.Input;
import org.opdl.model.finding.Finding;
import org.opdl.schema.format.DatasetSink;
import org.opdl.schema.format.Format;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.SourceRecord;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the heads of the files to merge after the first say of the dataset's own fields, read when the first
 * file's head brings none ({@link FirstHead}). A reader
 * gives a file's dataset fields before its first listing, so each file is read only up to that listing:
 * the first fields found are the dataset's, and files that all have none settle that it has none. Either
 * way no listing need wait for fields that may come later (K24). A workbook's read is not stopped at its
 * head but waits there, on a thread of its own, for the merge to take it ({@link ParkedReads}), so that a
 * workbook is opened once (K34). Standard input and a pipe cannot be
 * read twice, and a file that cannot be read is left to the merge to tell, so the heads stop there.
 *
 * @param fields the dataset's own fields, or null when none were found
 * @param settled true when no file can bring other fields: the listings may be written as they are read
 */
record FieldsAhead(ObjectNode fields, boolean settled) {

    /** Thrown by the sink once the head is read, to stop the reader there. */
    private static final class HeadRead extends RuntimeException {
        private static final long serialVersionUID = 1L;

        HeadRead() {
            super(null, null, false, false);
        }
    }

    /**
     * The heads of {@code inputs} in order, read under {@code limits} as the merge reads the files; a workbook's
     * read waits at its head in {@code parked} for the merge to take it, so it is opened once (K34).
     */
    static FieldsAhead read(List<Input> inputs, Limits limits, ParkedReads parked) {
        for (Input input : inputs) {
            if (input.path() == null || !Files.isRegularFile(input.path())) {
                return new FieldsAhead(null, false);
            }
            Head head = new Head();
            if (!head.read(input, limits, parked)) {
                return new FieldsAhead(null, false);
            }
            if (head.fields != null && !head.fields.isEmpty()) {
                return new FieldsAhead(head.fields, true);
            }
        }
        return new FieldsAhead(null, true);
    }

    /** One file's head: its dataset fields, if any come before its first listing. */
    private static final class Head implements DatasetSink {
        private ObjectNode fields;
        private boolean reached;

        /** True when the head was read: the first listing, or the end of a file without one, was reached. */
        boolean read(Input input, Limits limits, ParkedReads parked) {
            InputStream raw = null;
            try {
                raw = Files.newInputStream(input.path());
                BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
                Format format = InputFormats.of(null, input.name(), in);
                if (parked.takes(format)) {
                    // The read that waits takes the stream, so the workbook is opened once (K34).
                    raw = null;
                    ParkedRead.Head head = parked.park(input, format, in, limits);
                    fields = head.fields();
                    return head.reached();
                }
                format.reader(limits).read(input.name(), in, this);
                return true;
            } catch (IOException | UncheckedIOException e) {
                return reached;
            } catch (RuntimeException e) {
                // The reader may wrap the sink's stop in its own exception; any other failure is the merge's to tell.
                return reached;
            } finally {
                close(raw);
            }
        }

        private static void close(InputStream raw) {
            if (raw != null) {
                try {
                    raw.close();
                } catch (IOException e) {
                    // Only read from: nothing was lost.
                }
            }
        }

        @Override
        public void dataset(ObjectNode before) {
            fields = before == null ? null : before.deepCopy();
            reached = true;
            throw new HeadRead();
        }

        @Override
        public void record(SourceRecord record) {
            reached = true;
            throw new HeadRead();
        }

        @Override
        public void note(Finding finding) {
            // The merge reads the file again and tells its notes then.
        }
    }
}
