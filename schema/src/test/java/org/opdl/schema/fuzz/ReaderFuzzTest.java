package org.opdl.schema.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.opdl.schema.convert.Formats;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ReadException;

/**
 * Fuzz targets for every format reader. The contract: any bytes end in listings or one
 * {@link ReadException} naming the place; any other exception or error is a crash. The stored
 * inputs (seeds and every crash found) are in {@code ReaderFuzzTestInputs/<target>/}.
 */
class ReaderFuzzTest {

    private static void read(String format, byte[] input) throws IOException {
        try {
            Formats.named(format).orElseThrow().reader(Limits.DEFAULT)
                    .read("fuzz." + format, new ByteArrayInputStream(input), r -> { }, f -> { });
        } catch (ReadException expected) {
            // A located refusal is the contract.
        }
    }

    /** JSON datasets, arrays of listings and single listings. */
    @FuzzTest(maxDuration = "30s")
    void json(byte[] input) throws IOException {
        read("json", input);
    }

    /** NDJSON, one listing a line. */
    @FuzzTest(maxDuration = "30s")
    void ndjson(byte[] input) throws IOException {
        read("ndjson", input);
    }

    /** Spreadsheets in any encoding and delimiter. */
    @FuzzTest(maxDuration = "30s")
    void csv(byte[] input) throws IOException {
        read("csv", input);
    }

    /** Turtle. */
    @FuzzTest(maxDuration = "30s")
    void turtle(byte[] input) throws IOException {
        read("ttl", input);
    }

    /** N-Triples, read listing by listing. */
    @FuzzTest(maxDuration = "30s")
    void nTriples(byte[] input) throws IOException {
        read("nt", input);
    }

    /** JSON-LD under the bundled context. */
    @FuzzTest(maxDuration = "30s")
    void jsonLd(byte[] input) throws IOException {
        read("jsonld", input);
    }

    /** RDF/XML. */
    @FuzzTest(maxDuration = "30s")
    void rdfXml(byte[] input) throws IOException {
        read("rdfxml", input);
    }

    /** Workbooks: the zip, its XML parts and the sheets joined by listing id. */
    @FuzzTest(maxDuration = "30s")
    void xlsx(byte[] input) throws IOException {
        read("xlsx", input);
    }
}
