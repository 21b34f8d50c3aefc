package org.opdl.schema.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opdl.model.finding.Finding;
import org.opdl.schema.testing.NoNetwork;

/**
 * A CSV saved as UTF-16 from a French-Canadian Excel, whose first cells hold letters with no NUL
 * byte in UTF-16 ({@code ’}, {@code œ}, {@code «}): it is read as UTF-16, never as Windows-1252.
 */
@DisplayName("A UTF-16 CSV whose first cells are French")
@ExtendWith(NoNetwork.class)
class Utf16FrenchCsvTest {

    private static final String CSV = "Type d’enregistrement,ID de la fiche,Titre (fr),Titre (en),Places\r\n"
            + ",listing:coop-video-mtl/cœur-des-récits,« Cœur des récits » : l’atelier d’été,Story lab,12\r\n";

    private static byte[] encoded(String charset, boolean mark, String csv) {
        byte[] text = csv.getBytes(Charset.forName(charset));
        if (!mark) {
            return text;
        }
        byte[] out = new byte[text.length + 2];
        boolean little = charset.endsWith("LE");
        out[0] = (byte) (little ? 0xFF : 0xFE);
        out[1] = (byte) (little ? 0xFE : 0xFF);
        System.arraycopy(text, 0, out, 2, text.length);
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-16LE mark", "UTF-16LE", "UTF-16BE mark", "UTF-16BE"})
    @DisplayName("is read as UTF-16, every accent kept, and said so once in both languages, in either byte order, with or without a mark")
    void readAsUtf16(String saved) {
        ReaderCatalogueTest.Read r = ReaderCatalogueTest.read("csv", encoded(saved.split(" ")[0], saved.endsWith("mark"), CSV));
        assertThat(r.records()).hasSize(1);
        assertThat(r.records().get(0).listing().at("/title/fr").asString()).isEqualTo("« Cœur des récits » : l’atelier d’été");
        assertThat(r.notes()).filteredOn(f -> f.ruleId().equals("opdl.csv.encoding")).singleElement().satisfies(f -> {
            assertThat(f.message().en()).isEqualTo("the file is UTF-16, the \"Unicode Text\" format of Excel; it was read as such, every accent kept");
            assertThat(f.message().fr()).startsWith("le fichier est en UTF-16, le format « Texte Unicode » d'Excel");
            assertThat(f.fix().en()).contains("\"CSV UTF-8\"");
        });
    }

    @org.junit.jupiter.api.Test
    @DisplayName("Excel's \"Unicode Text\" as saved, UTF-16 with a mark and tabs between the cells, is read whole")
    void unicodeTextWithTabs() {
        String tabs = "ID de la fiche\tTitre (fr)\tTitre (en)\tTypes de programme\tPlaces\r\n"
                + "listing:coop-video-mtl/atelier-ete\tAtelier d’été à Montréal\tSummer lab\tlab\t12\r\n"
                + "listing:coop-video-mtl/atelier-hiver\tAtelier d’hiver\tWinter lab\tmentorat\t8\r\n";
        ReaderCatalogueTest.Read r = ReaderCatalogueTest.read("csv", encoded("UTF-16LE", true, tabs));
        assertThat(r.records()).extracting(x -> x.listing().at("/title/fr").asString())
                .containsExactly("Atelier d’été à Montréal", "Atelier d’hiver");
        assertThat(r.records().get(1).listing().at("/intakes/0/places").asInt()).isEqualTo(8);
        assertThat(r.notes()).extracting(Finding::ruleId).contains("opdl.csv.encoding", "opdl.csv.delimiter")
                .doesNotContain("opdl.syntax.csv");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"windows-1252", "UTF-8"})
    @DisplayName("the same text saved in Windows-1252 or UTF-8 is read, and Windows-1252 is noted")
    void otherEncodingsRead(String charset) {
        ReaderCatalogueTest.Read r = ReaderCatalogueTest.read("csv", CSV.getBytes(Charset.forName(charset)));
        assertThat(r.records()).hasSize(1);
        boolean noted = r.notes().stream().anyMatch(f -> f.ruleId().equals("opdl.csv.encoding"));
        assertThat(noted).isEqualTo(!charset.equals(StandardCharsets.UTF_8.name()));
    }
}
