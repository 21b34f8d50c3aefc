package org.opdl.schema.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.schema.hostile.CsvReads.at;
import static org.opdl.schema.hostile.CsvReads.read;
import static org.opdl.schema.hostile.CsvReads.refused;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opdl.model.finding.Finding;
import org.opdl.model.text.Lang;
import org.opdl.schema.hostile.ReaderCatalogueTest.Read;
import org.opdl.schema.testing.NoNetwork;

/**
 * Real programs of the tenth round typed into the spreadsheet as their pages word them: an age
 * limit written as the first age refused, as the old SODEC young-creators program wrote it, and a
 * platform's months of activity written in a column of years, as the CMF Digital Creators Pilot counts them.
 */
@DisplayName("Real programs, tenth round: cells as the programs' pages word them")
@ExtendWith(NoNetwork.class)
class RealProgramsTenthRoundTest {

    @Test
    @DisplayName("P6: under 36 in Max age is refused with 35 as the fix, never left to a coordinator's 36; 30 and under is read as 30")
    void ageUnder() {
        Read r = read("Listing ID,Max age\r\n"
                + "listing:sodec/jeunes-createurs,under 36\r\n"
                + "listing:sodec/jeunes-createurs-fr,moins de 36 ans\r\n"
                + "listing:cmpa/ontario-mentorship,30 and under\r\n"
                + "listing:cmpa/ontario-mentorship-fr,30 ans ou moins\r\n");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(2);
        assertThat(refused.get(0).message(Lang.EN)).contains("35 here, since 36 itself is not allowed");
        assertThat(refused.get(1).message(Lang.FR)).contains("35 ici, puisque 36 n'est pas admis");
        assertThat(at(r, 0, "/eligibility/maxAge")).isEqualTo("-");
        assertThat(at(r, 2, "/eligibility/maxAge")).isEqualTo("30");
        assertThat(at(r, 3, "/eligibility/maxAge")).isEqualTo("30");
    }

    @Test
    @DisplayName("P6: the same words in Min age keep the general fix, and a plain 35 in Max age is read")
    void onlyInMaxAge() {
        Read r = read("Listing ID,Min age,Max age\r\n"
                + "listing:sodec/jeunes-createurs,under 18,35\r\n");
        assertThat(refused(r)).singleElement().satisfies(f -> assertThat(f.message(Lang.EN))
                .contains("expected a whole number").doesNotContain("oldest"));
        assertThat(at(r, 0, "/eligibility/maxAge")).isEqualTo("35");
    }

    @Test
    @DisplayName("P7: 12 months in Min years of practice is refused with 1 as the fix, not the 12 of the general example")
    void monthsInYears() {
        Read r = read("Listing ID,Min years of practice,Max years of practice\r\n"
                + "listing:cmf/digital-creators-pilot,12 months,\r\n"
                + "listing:fmc/createurs-numeriques,au moins 24 mois,\r\n"
                + "listing:cmf/digital-creators-short,,18 months\r\n");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(3);
        assertThat(refused.get(0).message(Lang.EN)).contains("a number of whole years: 1 for \"12 months\"")
                .doesNotContain("such as 12");
        assertThat(refused.get(0).fix().en()).isEqualTo("write 1 here");
        assertThat(refused.get(1).message(Lang.FR)).contains("un nombre d'années entières : 2 pour « au moins 24 mois »");
        assertThat(refused.get(1).fix().fr()).isEqualTo("écrivez 2 ici");
        assertThat(refused.get(2).message(Lang.EN)).contains("which \"18 months\" is not: the months go in \"Experience required\"");
        assertThat(at(r, 0, "/eligibility/minYears")).isEqualTo("-");
    }
}
