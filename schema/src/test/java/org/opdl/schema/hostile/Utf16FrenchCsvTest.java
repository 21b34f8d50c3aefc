package org.opdl.schema.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.schema.convert.Formats;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.testing.NoNetwork;

/**
 * A CSV saved as UTF-16 from a French-Canadian Excel, whose first cells hold letters with no NUL
 * byte in UTF-16 ({@code ’}, {@code œ}, {@code «}): it is refused at row 1 for its NUL bytes, never
 * said to have been read as Windows-1252.
 */
@DisplayName("A UTF-16 CSV whose first cells are French")
@ExtendWith(NoNetwork.class)
class Utf16FrenchCsvTest {

    private static final String CSV = "Type d’enregistrement,ID de la fiche,Titre (fr),Titre (en),Places\r\n"
            + ",listing:coop-video-mtl/cœur-des-récits,« Cœur des récits » : l’atelier d’été,Story lab,12\r\n";

    private static byte[] encoded(String charset, boolean mark) {
        byte[] text = CSV.getBytes(Charset.forName(charset));
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
    @DisplayName("is refused at row 1 naming UTF-16, with no note of Windows-1252, in either byte order, with or without a mark")
    void refusedAsUtf16(String saved) {
        byte[] bytes = encoded(saved.split(" ")[0], saved.endsWith("mark"));
        List<Finding> notes = new ArrayList<>();
        ReadException e = assertThrows(ReadException.class, () -> Formats.named("csv").orElseThrow()
                .reader(Limits.DEFAULT).read("ateliers.csv", new ByteArrayInputStream(bytes), r -> { }, notes::add));
        assertThat(((Location.Csv) e.location()).row()).isEqualTo(1);
        assertThat(e.fix().en()).contains("UTF-16");
        assertThat(e.fix().fr()).contains("UTF-16");
        assertThat(notes).extracting(Finding::ruleId).doesNotContain("opdl.csv.encoding");
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
