package org.opdl.cli.option;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.opdl.cli.exit.InputException;
import org.opdl.schema.convert.Formats;
import org.opdl.schema.format.Format;

/**
 * Refuses a JSON or RDF file whose name says one kind of syntax while its first bytes plainly show
 * another (JSON saved as {@code .ttl}, Turtle as {@code .json}, RDF/XML as {@code .nt}), which the
 * reader its name picks would refuse in words about the wrong syntax ("a TriG block", "the word
 * PREFIX is not a JSON value"). JSON, NDJSON and JSON-LD are one kind here, as are Turtle and
 * N-Triples: their readers tell those apart themselves.
 */
final class NameAndContent {

    private static final Map<String, String> KIND = Map.of(
            "json", "json", "ndjson", "json", "jsonld", "json", "ttl", "turtle", "nt", "turtle", "rdfxml", "xml");

    private NameAndContent() {
    }

    /** Checks the first {@code head} bytes of {@code in}, put back after, against the format the name gave. */
    static void check(String name, Format byName, BufferedInputStream in, int head) throws IOException {
        String named = KIND.get(byName.name());
        if (named == null) {
            return;
        }
        in.mark(head);
        byte[] start = in.readNBytes(head);
        in.reset();
        Optional<Format> told = Formats.toldByContent(start, start.length);
        String holds = told.map(f -> KIND.get(f.name())).orElse(null);
        if (holds != null && !holds.equals(named)) {
            throw new InputException(OptionMessages.INPUT_OPTIONS_NAME_CONTENT_DISAGREE.text(name, byName.name(), told.get().name()));
        }
    }
}
