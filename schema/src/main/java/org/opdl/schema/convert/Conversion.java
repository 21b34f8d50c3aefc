package org.opdl.schema.convert;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Text;
import org.opdl.schema.format.DatasetSink;
import org.opdl.schema.format.Format;
import org.opdl.schema.format.ListingWriter;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.SourceRecord;
import org.opdl.schema.format.WriteOptions;
import tools.jackson.databind.node.ObjectNode;

/**
 * Converts one dataset from one format to another, one listing at a time: each listing is written
 * as soon as it is read. It maps and never validates. Any listing that cannot be mapped ends the
 * conversion with a {@link org.opdl.schema.format.ReadException}; the caller discards the output.
 */
public final class Conversion {

    /**
     * What a conversion did.
     *
     * @param listings the number of listings written
     */
    public record Result(long listings) {
    }

    private Conversion() {
    }

    /**
     * Converts {@code in} (named {@code source}) from {@code from} to {@code to} onto {@code out}.
     *
     * @param notes receives what the reader noticed, file-level findings and each listing's own
     */
    public static Result run(String source, InputStream in, Format from, Limits limits,
            OutputStream out, Format to, WriteOptions options, Consumer<Finding> notes) throws IOException {
        Pipe pipe = new Pipe(to.writer(out, options), notes, source, to);
        try {
            from.reader(limits).read(source, in, pipe);
            pipe.begin(null);
            pipe.writer.end(pipe.trailer);
            pipe.writer.changes(source).forEach(notes);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new Result(pipe.count);
    }

    /** The only format whose writer carries a dataset's own fields (publisher, licence, date). */
    private static final String KEEPS_DATASET_FIELDS = "json";

    /** Hands each listing the reader finds straight to the writer. */
    private static final class Pipe implements DatasetSink {
        private final ListingWriter writer;
        private final Consumer<Finding> notes;
        private final String source;
        private final Format to;
        private boolean begun;
        private ObjectNode trailer;
        private long count;

        Pipe(ListingWriter writer, Consumer<Finding> notes, String source, Format to) {
            this.writer = writer;
            this.notes = notes;
            this.source = source;
            this.to = to;
        }

        /** Says which dataset fields the target format cannot carry, so that nothing is dropped silently. */
        void reportDropped(ObjectNode fields) {
            if (fields == null || to.name().equals(KEEPS_DATASET_FIELDS)) {
                return;
            }
            List<String> names = new ArrayList<>();
            fields.propertyNames().forEach(n -> {
                if (!n.startsWith("@")) {
                    names.add(n);
                }
            });
            if (names.isEmpty()) {
                return;
            }
            String list = String.join(", ", names);
            notes.accept(new Finding("opdl.convert.dataset-fields-dropped", Severity.WARNING,
                    new Location.Text(source, 0, 0),
                    new Text("the dataset's own fields (" + list + ") are not carried by " + to.name()
                                    + ": only the listings are written",
                            "les champs propres au jeu de données (" + list + ") ne sont pas portés par "
                                    + to.name() + " : seules les fiches sont écrites"),
                    new Text("convert to json to keep them, or keep the original dataset file beside the output",
                            "convertissez en json pour les garder, ou gardez le fichier d'origine à côté du résultat")));
        }

        void begin(ObjectNode header) {
            if (!begun) {
                begun = true;
                try {
                    writer.begin(header);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        @Override
        public void dataset(ObjectNode fieldsBefore) {
            reportDropped(fieldsBefore);
            begin(fieldsBefore);
        }

        @Override
        public void record(SourceRecord record) {
            begin(null);
            record.notes().forEach(notes);
            try {
                writer.write(record);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            count++;
        }

        @Override
        public void note(Finding finding) {
            notes.accept(finding);
        }

        @Override
        public void datasetEnd(ObjectNode fieldsAfter) {
            reportDropped(fieldsAfter);
            trailer = fieldsAfter;
        }
    }
}
