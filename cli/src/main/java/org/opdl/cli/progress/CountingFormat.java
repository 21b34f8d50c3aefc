package org.opdl.cli.progress;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.opdl.model.finding.Finding;
import org.opdl.schema.format.DatasetSink;
import org.opdl.schema.format.Format;
import org.opdl.schema.format.ListingReader;
import org.opdl.schema.format.SourceRecord;
import tools.jackson.databind.node.ObjectNode;

/** A format whose readers count the listings they hand on, for the progress line. */
final class CountingFormat {

    private CountingFormat() {
    }

    static Format of(Format f, AtomicLong listings) {
        return new Format(f.name(), f.label(), f.extensions(), f.streams(),
                limits -> new Reader(f.reader(limits), listings), f.writer());
    }

    private record Reader(ListingReader inner, AtomicLong listings) implements ListingReader {

        @Override
        public void read(String source, InputStream in, DatasetSink sink) throws IOException {
            inner.read(source, in, new Sink(sink, listings));
        }

        @Override
        public ListingReader keeping(Set<String> fields) {
            return new Reader(inner.keeping(fields), listings);
        }

        @Override
        public ListingReader onOneThread() {
            return new Reader(inner.onOneThread(), listings);
        }
    }

    private record Sink(DatasetSink inner, AtomicLong listings) implements DatasetSink {

        @Override
        public void dataset(ObjectNode fieldsBefore) {
            inner.dataset(fieldsBefore);
        }

        @Override
        public void record(SourceRecord record) {
            listings.incrementAndGet();
            inner.record(record);
        }

        @Override
        public void note(Finding finding) {
            inner.note(finding);
        }

        @Override
        public void datasetEnd(ObjectNode fieldsAfter) {
            inner.datasetEnd(fieldsAfter);
        }
    }
}
