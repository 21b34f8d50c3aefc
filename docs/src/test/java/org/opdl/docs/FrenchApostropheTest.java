package org.opdl.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The tool writes its French with one apostrophe, the straight one ({@code l'œuvre}), in its
 * messages and in the labels and definitions of the standard, so that a heading, a label and the
 * message that quotes them never differ by their apostrophe. A provider's values are the
 * provider's and keep the apostrophe they were written with; only the tool's own words are
 * checked here. A message about the typographic apostrophe itself is a reviewed exception.
 */
@DisplayName("The tool's French")
class FrenchApostropheTest {

    private static final char TYPOGRAPHIC = '\u2019';
    /** Messages that name the typographic apostrophe as a character, "bundle key". */
    private static final Set<String> ABOUT_THE_CHARACTER = Set.of(
            "validator/src/main/resources/org/opdl/validator/rules/messages_fr.properties opdl.text.mojibake-suspect.meaning");

    @Test
    @DisplayName("writes its apostrophes straight in every French message")
    void messagesUseTheStraightApostrophe() {
        Set<String> found = new TreeSet<>();
        for (Path fr : BilingualTextTest.files("src/main/resources", "_fr.properties")) {
            BilingualTextTest.load(fr).forEach((key, text) -> {
                String name = BilingualTextTest.relative(fr) + " " + key;
                if (((String) text).indexOf(TYPOGRAPHIC) >= 0 && !ABOUT_THE_CHARACTER.contains(name)) {
                    found.add(name + ": " + text);
                }
            });
        }
        assertThat(found).as("French messages with ’ where the tool writes ' (l'œuvre)").isEmpty();
    }

    @Test
    @DisplayName("writes its apostrophes straight in the labels and definitions of the standard")
    void standardUsesTheStraightApostrophe() throws IOException {
        Set<String> found = new TreeSet<>();
        for (String table : new String[] {"listing", "vocabulary"}) {
            try (Stream<Path> files = Files.list(DocFiles.root().resolve("standard").resolve(table))) {
                files.filter(f -> f.toString().endsWith(".csv")).sorted().forEach(f -> {
                    String[] lines = read(f).split("\n", -1);
                    for (int i = 0; i < lines.length; i++) {
                        if (lines[i].indexOf(TYPOGRAPHIC) >= 0) {
                            found.add(BilingualTextTest.relative(f) + " line " + (i + 1) + ": " + lines[i]);
                        }
                    }
                });
            }
        }
        assertThat(found).as("lines of the standard's tables with ’ where the tool writes ' (l'œuvre)").isEmpty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
