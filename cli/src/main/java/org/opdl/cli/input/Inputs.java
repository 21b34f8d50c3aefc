package org.opdl.cli.input;

import java.nio.file.Path;
import java.util.Locale;
import org.opdl.cli.exit.InputException;
import org.opdl.model.text.Text;
import org.opdl.schema.format.ListingReader;

/** Picks the reader for a file from its extension. */
public final class Inputs {

    private Inputs() {
    }

    /** The reader for a file; an extension no reader handles is an input error (exit 3). */
    public static ListingReader readerFor(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
            return new JsonInput(true);
        }
        if (name.endsWith(".json")) {
            return new JsonInput(false);
        }
        throw new InputException(new Text(
                "cannot tell the format of " + file + ": use .json, .ndjson or .jsonl",
                "impossible de reconnaître le format de " + file + " : utilisez .json, .ndjson ou .jsonl"));
    }
}
