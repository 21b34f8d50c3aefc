package org.opdl.validator.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("K30: a merge tells look-alike titles by the one folding of free text (Folding.fold), as the spreadsheet labels are read")
class MergerFoldingTest {

    /** The findings of merging a listing titled {@code first} with another, under another id, titled {@code second}. */
    private static List<Merger.Finding> merged(String first, String second) {
        List<Merger.Finding> found = new ArrayList<>();
        Merger m = new Merger(Merger.Prefer.FIRST, found::add);
        m.add("banff.json", MergerTest.listing(0, "listing:banff/diverse-creators", first, "2026-01-10T00:00:00Z", "Banff"));
        m.add("season.csv", MergerTest.listing(3, "listing:banff/diverse-creators-2026", second, "2026-02-01T00:00:00Z", "Banff"));
        return found;
    }

    @Nested
    @DisplayName("told the same, as before")
    class Unchanged {

        @Test
        @DisplayName("titles that differ in case, accents, spacing and punctuation")
        void caseAccentsSpacing() {
            assertThat(merged("Netflix-Banff Diverse Creators Program", "NETFLIX  BANFF diverse creators program"))
                    .singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo("look-alike"));
            assertThat(merged("Résidence de création documentaire", "Residence de creation documentaire!"))
                    .singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo("look-alike"));
        }

        @Test
        @DisplayName("titles with other words are not look-alikes")
        void otherWords() {
            assertThat(merged("Netflix-Banff Diverse Creators Program", "Netflix-Banff Diverse Creators Forum")).isEmpty();
        }
    }

    @Nested
    @DisplayName("what changes")
    class Changed {

        @Test
        @DisplayName("now the same: a title copied from a PDF, whose ff and fl are ligatures, is the title typed")
        void ligatures() {
            assertThat(merged("Netflix-Banff Diverse Creators Program", "Net\uFB02ix-Ban\uFB00 Diverse Creators Program"))
                    .singleElement().satisfies(f -> {
                        assertThat(f.kind()).isEqualTo("look-alike");
                        assertThat(f.text().en()).contains("banff.json listing 1").contains("season.csv listing 4");
                    });
        }

        @Test
        @DisplayName("now the same: full-width letters, as some input methods type them, are the letters")
        void fullWidth() {
            assertThat(merged("Story Lab", "\uFF33\uFF54\uFF4F\uFF52\uFF59 \uFF2C\uFF41\uFF42")).singleElement()
                    .satisfies(f -> assertThat(f.kind()).isEqualTo("look-alike"));
        }

        @Test
        @DisplayName("now told apart: a plus sign names another program (Story Lab+, the lab's advanced edition), as in the labels")
        void plusSign() {
            assertThat(merged("Story Lab", "Story Lab+")).isEmpty();
        }
    }
}
