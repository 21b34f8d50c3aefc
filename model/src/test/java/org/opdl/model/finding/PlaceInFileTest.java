package org.opdl.model.finding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.text.Lang;

/** The file and the place as a report's line names them, in each language's typography. */
@DisplayName("A place named with its file")
class PlaceInFileTest {

    @Test
    @DisplayName("French puts a space before the colon after the file, as the French messages do; English does not")
    void colonAfterTheFile() {
        Location cell = new Location.Cell("erreurs.xlsx", 0, "/title/en", "Fiches", 2, "Titre (en)", "DA");
        assertThat(cell.inFile(Lang.EN)).isEqualTo("erreurs.xlsx: Fiches!DA2, column \"Titre (en)\"");
        assertThat(cell.inFile(Lang.FR)).isEqualTo("erreurs.xlsx : Fiches!DA2, colonne « Titre (en) »");
        Location row = new Location.Csv("fiches.csv", 0, "", 4, "", "");
        assertThat(row.inFile(Lang.FR)).isEqualTo("fiches.csv : rangée 4");
    }
}
