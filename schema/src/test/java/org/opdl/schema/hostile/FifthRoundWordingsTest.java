package org.opdl.schema.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.schema.hostile.CsvReads.at;
import static org.opdl.schema.hostile.CsvReads.read;
import static org.opdl.schema.hostile.CsvReads.refused;
import static org.opdl.schema.hostile.CsvReads.stated;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opdl.model.finding.Finding;
import org.opdl.model.text.Lang;
import org.opdl.schema.hostile.ReaderCatalogueTest.Read;
import org.opdl.schema.testing.NoNetwork;

/**
 * Provider wordings left by the eighth round: the regions applicants must live in written as who
 * may apply ("Ontario residents only"), and financial help written as the help itself ("bursaries
 * available").
 */
@DisplayName("Provider wordings, fifth round: residents of a region, financial help named by its kind")
@ExtendWith(NoNetwork.class)
class FifthRoundWordingsTest {

    @Test
    @DisplayName("W31: Ontario residents only, résidents de l'Ontario seulement, Open to residents of Manitoba, BC residents are the regions")
    void residentsOfARegion() {
        Read r = read("Listing ID,Residence,Priority to regions\r\n"
                + "listing:ontario-creates/ifpf,Ontario residents only,\r\n"
                + "listing:fmc/aqpm-mentorat,résidents de l'Ontario seulement,\r\n"
                + "listing:on-screen-manitoba/market-travel,Open to residents of Manitoba,\r\n"
                + "listing:creative-bc/amp,BC residents,\r\n"
                + "listing:telefilm/talent-to-watch,,Residents of Quebec and New Brunswick\r\n");
        assertThat(at(r, 0, "/eligibility/residence")).isEqualTo("[\"CA-ON\"]");
        assertThat(at(r, 1, "/eligibility/residence")).isEqualTo("[\"CA-ON\"]");
        assertThat(at(r, 2, "/eligibility/residence")).isEqualTo("[\"CA-MB\"]");
        assertThat(at(r, 3, "/eligibility/residence")).isEqualTo("[\"CA-BC\"]");
        assertThat(at(r, 4, "/eligibility/prioritisedRegions")).isEqualTo("[\"CA-QC\",\"CA-NB\"]");
        Finding stated = stated(r, "who may apply");
        assertThat(stated.message(Lang.EN)).startsWith("5 region cells").contains("\"Ontario residents only\" as Ontario");
        assertThat(stated.message(Lang.FR)).contains("qui peut postuler");
    }

    @Test
    @DisplayName("W31: residents of a region beside something else, or in the work region, are kept as written for the unknown code's finding")
    void residentsNotGuessed() {
        Read r = read("Listing ID,Residence,Work region\r\n"
                + "listing:ontario-creates/ifpf,Ontario residents with 2 credits,\r\n"
                + "listing:creative-bc/amp,Canadian residents,\r\n"
                + "listing:on-screen-manitoba/market-travel,,Manitoba residents\r\n");
        assertThat(at(r, 0, "/eligibility/residence")).isEqualTo("[\"Ontario residents with 2 credits\"]");
        assertThat(at(r, 1, "/eligibility/residence")).isEqualTo("[\"Canadian residents\"]");
        assertThat(at(r, 2, "/eligibility/workRegion")).isEqualTo("[\"Manitoba residents\"]");
        assertThat(r.notes()).noneMatch(f -> f.message(Lang.EN).contains("who may apply"));
    }

    @Test
    @DisplayName("W32: bursaries available / bourses offertes stay refused, the fix saying yes here and the kind of help in Money notes")
    void helpNamedByItsKind() {
        Read r = read("Listing ID,Financial help available\r\n"
                + "listing:nsi/features-first,bursaries available\r\n"
                + "listing:inis/cinemaginaire,bourses offertes\r\n"
                + "listing:hot-docs/accelerator,yes\r\n");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(2);
        assertThat(refused.get(0).message(Lang.EN)).contains("yes here when help is offered")
                .contains("(\"bursaries available\") in \"Money notes\"");
        assertThat(refused.get(0).fix().en()).contains("\"Money notes\"");
        assertThat(refused.get(1).message(Lang.FR)).contains("(« bourses offertes ») dans « Notes financières »");
        assertThat(refused.get(1).fix().fr()).contains("oui ici");
        assertThat(at(r, 0, "/financialHelp")).isEqualTo("-");
        assertThat(at(r, 2, "/financialHelp")).isEqualTo("true");
    }

    @Test
    @DisplayName("W33: open to BIPOC producers with at least one produced credit is the groups, with 1 in Min professional credits")
    void groupWithItsCredits() {
        Read r = read("Listing ID,Target groups,Min professional credits\r\n"
                + "listing:bell-fund/diverse-producers,open to BIPOC producers with at least one produced credit,\r\n"
                + "listing:fmc/pandc-production,\"personnes PANDC avec au moins 2 crédits\",2\r\n"
                + "listing:telefilm/talent-to-watch,Indigenous producers with at least one produced credit,3\r\n");
        assertThat(at(r, 0, "/eligibility/targetGroups")).isEqualTo("[\"racialized\"]");
        assertThat(at(r, 0, "/eligibility/minCredits")).isEqualTo("1");
        assertThat(at(r, 1, "/eligibility/targetGroups")).isEqualTo("[\"racialized\"]");
        assertThat(at(r, 1, "/eligibility/minCredits")).isEqualTo("2");
        assertThat(at(r, 2, "/eligibility/targetGroups")).isEqualTo("[\"indigenous\"]");
        assertThat(at(r, 2, "/eligibility/minCredits")).isEqualTo("3");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(1);
        assertThat(refused.get(0).message(Lang.EN)).contains("\"Min professional credits\" holds 3");
        Finding stated = stated(r, "fewest credits");
        assertThat(stated.message(Lang.EN)).startsWith("2 target group cells");
        assertThat(stated.message(Lang.FR)).contains("Min. de crédits professionnels");
    }
}
