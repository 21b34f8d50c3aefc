package org.opdl.schema.json;

import org.opdl.model.finding.Location;
import org.opdl.schema.format.DatasetSink;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.ReaderRule;
import org.opdl.schema.format.SourceRecord;
import org.opdl.schema.shape.DatasetFields;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tells the dataset lines of an NDJSON file from its listings: the first line may hold the dataset's fields,
 * and, after it, the last line may hold more; a dataset line anywhere else stops the read.
 */
final class NdjsonDatasetLines {
    private final String source;
    private final DatasetSink sink;
    private boolean first = true;
    private boolean header;
    private ObjectNode trailer;
    private long trailerLine;

    NdjsonDatasetLines(String source, DatasetSink sink) {
        this.source = source;
        this.sink = sink;
    }

    /** True when {@code line} held dataset fields, which it has handed on or kept for the end. */
    boolean take(SourceRecord line, long number) {
        boolean wasFirst = first;
        first = false;
        if (trailer != null) {
            throw misplaced(trailerLine);
        }
        if (!DatasetFields.isMarked(line.listing())) {
            return false;
        }
        if (line.listing().has("listings")) {
            throw new ReadException(ReaderRule.SYNTAX_JSON, new Location.Text(source, number, 1),
                    JsonMessages.SYNTAX_JSON_LINE_HOLDS_WHOLE.text(number),
                    JsonMessages.READ_FILE_JSON.text());
        }
        if (wasFirst) {
            header = true;
            sink.dataset(line.listing());
            return true;
        }
        if (!header) {
            throw misplaced(number);
        }
        trailer = line.listing();
        trailerLine = number;
        return true;
    }

    void end() {
        ObjectNode after = DatasetFields.trailing(trailer);
        if (after != null) {
            sink.datasetEnd(after);
        }
    }

    private ReadException misplaced(long number) {
        return new ReadException(ReaderRule.SYNTAX_JSON, new Location.Text(source, number, 1),
                JsonMessages.SYNTAX_JSON_LINE_HOLDS_DATASET.text(number),
                JsonMessages.SYNTAX_JSON_MOVE_DATASET_S.text());
    }
}
