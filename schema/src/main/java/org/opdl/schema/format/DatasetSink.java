package org.opdl.schema.format;

import java.util.function.Consumer;
import org.opdl.model.finding.Finding;
import tools.jackson.databind.node.ObjectNode;

/**
 * Receives what a reader finds in a file, in file order: the dataset's own fields when the file
 * wraps its listings in a dataset object, each listing, and the findings about the file.
 */
public interface DatasetSink {

    /**
     * The dataset's fields that come before its listings, such as {@code standardVersion} and
     * {@code publisher}; called once, before the first listing, only for a dataset object.
     */
    default void dataset(ObjectNode fieldsBefore) {
    }

    /**
     * Like {@link #dataset(ObjectNode)}, with the place of each field where the reader knows it; a
     * reader that does not calls {@link #dataset(ObjectNode)} alone. By default the places are left aside.
     */
    default void dataset(ObjectNode fieldsBefore, SourceMap places) {
        dataset(fieldsBefore);
    }

    /** One listing. */
    void record(SourceRecord record);

    /** A finding about the file as a whole. */
    void note(Finding finding);

    /** The dataset's fields that come after its listings, if any; called once after the last listing. */
    default void datasetEnd(ObjectNode fieldsAfter) {
    }

    /** A sink that hands everything to this one, then to {@code next}, call by call. */
    default DatasetSink andThen(DatasetSink next) {
        DatasetSink first = this;
        return new DatasetSink() {
            @Override
            public void dataset(ObjectNode fieldsBefore, SourceMap places) {
                first.dataset(fieldsBefore, places);
                next.dataset(fieldsBefore, places);
            }

            @Override
            public void dataset(ObjectNode fieldsBefore) {
                first.dataset(fieldsBefore);
                next.dataset(fieldsBefore);
            }

            @Override
            public void record(SourceRecord record) {
                first.record(record);
                next.record(record);
            }

            @Override
            public void note(Finding finding) {
                first.note(finding);
                next.note(finding);
            }

            @Override
            public void datasetEnd(ObjectNode fieldsAfter) {
                first.datasetEnd(fieldsAfter);
                next.datasetEnd(fieldsAfter);
            }
        };
    }

    /** A sink that hands listings and findings on and leaves the dataset's own fields aside. */
    static DatasetSink of(Consumer<SourceRecord> records, Consumer<Finding> notes) {
        return new DatasetSink() {
            @Override
            public void record(SourceRecord record) {
                records.accept(record);
            }

            @Override
            public void note(Finding finding) {
                notes.accept(finding);
            }
        };
    }
}
