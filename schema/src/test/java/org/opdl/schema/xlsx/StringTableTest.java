package org.opdl.schema.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The compact shared-strings table gives back every string as it was added")
class StringTableTest {

    @Test
    @DisplayName("keeps empty strings, accents, non-Latin scripts and emoji, in order, past its first arrays")
    void givesBack() {
        List<String> added = new ArrayList<>();
        StringTable table = new StringTable();
        for (int i = 0; i < 5_000; i++) {
            String s = switch (i % 5) {
                case 0 -> "";
                case 1 -> "Résidence en documentaire " + i;
                case 2 -> "ᐃᓄᒃᑎᑐᑦ " + i;
                case 3 -> "Pitch 🎬 " + i;
                default -> "Prairie Film Co-op mentorship, Saskatoon, " + "x".repeat(i % 300);
            };
            assertThat(table.append(s)).isTrue();
            added.add(s);
        }
        assertThat(table).hasSize(5_000).containsExactlyElementsOf(added);
        assertThatThrownBy(() -> table.get(5_000)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
