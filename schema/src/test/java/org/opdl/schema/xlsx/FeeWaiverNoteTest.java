package org.opdl.schema.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.text.Lang;
import org.opdl.schema.csv.SheetForm;

@DisplayName("The workbook's note on the groups a fee is waived for")
class FeeWaiverNoteTest {

    private static String note(Lang lang) {
        return Headings.note(SheetForm.columns().stream().filter(c -> c.pointer().equals("/fees/*/waivedFor")).findFirst().orElseThrow(), lang);
    }

    @Test
    @DisplayName("says that the groups of one fee are separated by a semicolon in its row, and shows its example so, in both languages")
    void semicolons() {
        assertThat(note(Lang.EN)).contains("Several values for this row: separate them with ;.")
                .contains("Example: Indigenous; Black; Racialized").doesNotContain("|");
        assertThat(note(Lang.FR)).contains("Plusieurs valeurs pour cette rangée : séparez-les par ;.")
                .contains("Exemple : Autochtones; Personnes noires; Personnes racisées");
    }
}
