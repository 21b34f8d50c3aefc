package org.opdl.cli.option;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.opdl.model.text.Nearest;
import org.opdl.schema.convert.Formats;

/**
 * The format a person most likely meant by a name opdl does not use: the format's own name
 * ("Turtle", "N-Triples", "RDF/XML", "Excel"), its name with a hyphen ("json-ld"), an extension
 * of its files ("jsonl", "xls"), or a slip of the keyboard ("jsn").
 */
final class FormatNames {

    /** What people call a format, folded to lower-case letters, and the name opdl gives it. */
    private static final Map<String, String> CALLED = Map.ofEntries(
            Map.entry("turtle", "ttl"),
            Map.entry("ntriples", "nt"),
            Map.entry("ntriple", "nt"),
            Map.entry("rdf", "rdfxml"),
            Map.entry("xml", "rdfxml"),
            Map.entry("owl", "rdfxml"),
            Map.entry("excel", "xlsx"),
            Map.entry("xls", "xlsx"),
            Map.entry("workbook", "xlsx"),
            Map.entry("jsonl", "ndjson"),
            Map.entry("jsonlines", "ndjson"));

    private FormatNames() {
    }

    /** The name of the format meant by {@code name}, if one is near enough to say. */
    static Optional<String> meant(String name) {
        String letters = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (Formats.named(letters).isPresent()) {
            return Optional.of(letters);
        }
        if (CALLED.containsKey(letters)) {
            return Optional.of(CALLED.get(letters));
        }
        List<String> near = Nearest.among(name, Formats.names(), 1);
        return near.stream().findFirst();
    }
}
