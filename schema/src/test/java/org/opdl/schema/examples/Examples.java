package org.opdl.schema.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The example files in {@code docs/examples/}: valid ones directly inside, invalid ones in {@code invalid/}. */
final class Examples {

    static final Path DIR = Path.of(System.getProperty("opdl.root"), "docs/examples");

    private Examples() {
    }

    /** The valid listings, without the datasets (files named dataset*.json). */
    static List<Path> validListings() {
        return list(DIR).stream().filter(p -> !p.getFileName().toString().startsWith("dataset")).toList();
    }

    /** The invalid listings. */
    static List<Path> invalid() {
        return list(DIR.resolve("invalid"));
    }

    /** The example dataset. */
    static Path dataset() {
        return DIR.resolve("dataset.json");
    }

    /** Every example dataset: the files named dataset*.json. */
    static List<Path> datasets() {
        return list(DIR).stream().filter(p -> p.getFileName().toString().startsWith("dataset")).toList();
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
