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
 * Provider wordings of the fifteenth round: the most a program gives in millions or with the words
 * of what it is given for, and a least written as a strict bound.
 */
@DisplayName("Provider wordings, fifteenth round: largest amounts with millions or words, strict leasts")
@ExtendWith(NoNetwork.class)
class FifteenthRoundWordingsTest {

    @Test
    @DisplayName("W77: up to $1M in a cap column is read as 1000000; up to $10,000 per project, jusqu'à 10 000 $ par projet, up to $1M/yr give the amount and the words' column")
    void largestAmountInMillionsOrWithWords() {
        Read r = read("Listing ID,Award maximum amount,Award maximum currency,Subsidy cap amount,Subsidy cap currency,Award amount,Award currency\r\n"
                + "listing:telefilm/talent-fund,up to $1M,CAD,,,,\r\n"
                + "listing:telefilm/talent-fund-2,\"up to $10,000 per project\",CAD,,,,\r\n"
                + "listing:sodec/aide-emergente,jusqu'à 10 000 $ par projet,CAD,,,,\r\n"
                + "listing:cmf/digital-creators,,,up to $1M/yr,CAD,,\r\n"
                + "listing:bell-fund/short-form,,,,,\"up to $10,000 per project\",CAD\r\n");
        assertThat(at(r, 0, "/award/maximum/amount")).isEqualTo("\"1000000\"");
        assertThat(at(r, 1, "/award/maximum/amount")).isEqualTo("-");
        assertThat(at(r, 2, "/award/maximum/amount")).isEqualTo("-");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(4);
        assertThat(refused.get(0).message(Lang.EN)).contains("10000").contains("(\"per project\") in \"Money notes\"")
                .doesNotContain("such as 1500.00");
        assertThat(refused.get(1).message(Lang.FR)).contains("10000").contains("(« par projet ») dans « Notes financières »");
        assertThat(refused.get(2).message(Lang.EN)).contains("1000000").contains("(\"/yr\")");
        assertThat(refused.get(3).message(Lang.EN)).contains("a largest amount goes in \"Award maximum amount\"");
    }

    @Test
    @DisplayName("W78: more than 2 credits, plus de deux crédits, over 18 in a minimum column are refused with both numbers they could mean")
    void strictLeastInAMinimum() {
        Read r = read("Listing ID,Min professional credits,Min years of practice,Min age\r\n"
                + "listing:bso/mentorship,more than 2 credits,,\r\n"
                + "listing:sodec/aide-emergente,plus de deux crédits,,\r\n"
                + "listing:hot-docs/accelerator,,more than 5 years,\r\n"
                + "listing:reelworld/emerging-producers,,,over 18\r\n"
                + "listing:cmpa/prime-time,at least 3 credits,,\r\n");
        for (int row = 0; row < 4; row++) {
            assertThat(r.records().get(row).listing().at("/eligibility").isMissingNode()
                    || !r.records().get(row).listing().at("/eligibility").properties().stream()
                            .anyMatch(e -> e.getKey().startsWith("min"))).isTrue();
        }
        assertThat(at(r, 4, "/eligibility/minCredits")).isEqualTo("3");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(4);
        assertThat(refused.get(0).message(Lang.EN)).contains("which \"more than 2 credits\" does not give for certain: it leaves 2 out");
        assertThat(refused.get(0).fix().en()).isEqualTo("write 3 if the call means that 2 is not enough, or 2 if it counts 2 too; "
                + "check the call's own words if you are unsure");
        assertThat(refused.get(1).message(Lang.FR)).contains("que « plus de deux crédits » ne donne pas à coup sûr : ces mots excluent 2");
        assertThat(refused.get(1).fix().fr()).startsWith("écrivez 3 si l'appel veut dire que 2 ne suffit pas, ou 2 s'il compte 2 aussi");
        assertThat(refused.get(2).fix().en()).startsWith("write 6 if");
        assertThat(refused.get(3).fix().en()).startsWith("write 19 if the call means that 18 is not enough, or 18");
    }

    @Test
    @DisplayName("W80: partout au Canada sauf au Québec, Canada-wide except Quebec, hors Québec are refused with the regions they leave in, never offered Canada-wide")
    void canadaLessSomeProvinces() {
        Read r = read("Listing ID,Residence\r\n"
                + "listing:fonds-bell/courts,partout au Canada sauf au Québec\r\n"
                + "listing:cmf/digital-creators,Canada-wide except Quebec and Ontario\r\n"
                + "listing:telefilm/talent-fund,hors Québec\r\n"
                + "listing:cmpa/prime-time,Canada-wide\r\n");
        assertThat(at(r, 0, "/eligibility/residence")).isEqualTo("-");
        assertThat(at(r, 3, "/eligibility/residence")).isEqualTo("[\"CA\"]");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(3);
        assertThat(refused.get(0).message(Lang.FR)).contains("ces mots nomment le Canada moins CA-QC, et aucun code ne dit « sauf »");
        assertThat(refused.get(0).fix().fr()).isEqualTo("écrivez les provinces et territoires qu'il garde, séparés par « | » : "
                + "CA-AB | CA-BC | CA-MB | CA-NB | CA-NL | CA-NS | CA-NT | CA-NU | CA-ON | CA-PE | CA-SK | CA-YT");
        assertThat(refused.get(1).message(Lang.EN)).contains("it names Canada less CA-QC, CA-ON");
        assertThat(refused.get(1).fix().en()).doesNotContain("CA-ON").doesNotContain("CA-QC").contains("CA-AB | CA-BC");
        assertThat(refused.get(2).fix().en()).contains("CA-ON | CA-PE | CA-SK | CA-YT");
        assertThat(r.notes()).noneSatisfy(f -> assertThat(f.fix().en()).contains("Canada-wide"));
    }

    @Test
    @DisplayName("W81: anglais et/ou français, English and/or French, ON and/or QC are read as the values they list")
    void andOrBetweenValues() {
        Read r = read("Listing ID,Working languages,Residence\r\n"
                + "listing:inis/cinemaginaire,anglais et/ou français,\r\n"
                + "listing:hot-docs/accelerator,English and/or French,ON and/or QC\r\n");
        assertThat(at(r, 0, "/workingLanguages")).isEqualTo("[\"en\",\"fr\"]");
        assertThat(at(r, 1, "/workingLanguages")).isEqualTo("[\"en\",\"fr\"]");
        assertThat(at(r, 1, "/eligibility/residence")).isEqualTo("[\"CA-ON\",\"CA-QC\"]");
        assertThat(refused(r)).isEmpty();
    }
}
