package org.opdl.schema.convert;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opdl.model.text.Lang;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.WriteOptions;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

@DisplayName("A disk that fills while a JSON dataset is converted is an output failure, never a fault of the file read (K4)")
class FullDiskConversionTest {

    /** An output that takes {@code room} bytes, then fails as a full disk does. */
    private static final class FillingDisk extends OutputStream {
        private long room;

        FillingDisk(long room) {
            this.room = room;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > room) {
                throw new IOException("No space left on device");
            }
            room -= len;
        }
    }

    private static byte[] dataset(int listings) {
        ObjectNode dataset = ListingCorpus.datasetFields();
        ArrayNode all = dataset.putArray("listings");
        ListingCorpus corpus = new ListingCorpus(20261207L);
        for (int i = 0; i < listings; i++) {
            all.add(corpus.next(i));
        }
        return dataset.toString().getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "JSON to {0}")
    @ValueSource(strings = {"json", "ndjson", "csv"})
    @DisplayName("the disk's own words reach the caller as an IOException, not \"the file is not valid JSON\" at a line of the input")
    void fullDiskIsAnOutputFailure(String to) {
        byte[] json = dataset(400);
        assertThatThrownBy(() -> Conversion.run("season.json", new ByteArrayInputStream(json), Formats.named("json").orElseThrow(),
                Limits.DEFAULT, new FillingDisk(20_000), Formats.named(to).orElseThrow(), new WriteOptions(Lang.EN, true), f -> { }))
                .isInstanceOf(IOException.class).isNotInstanceOf(ReadException.class)
                .hasMessageContaining("No space left on device");
    }
}
