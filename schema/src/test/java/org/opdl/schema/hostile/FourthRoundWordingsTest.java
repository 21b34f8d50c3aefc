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
 * Provider wordings of the eighth round: target groups as calls for applications name them, by
 * the people they hold ("Deaf and disabled artists"), spelled out (PANDC), or with the language of
 * an official-language minority ("Francophone OLMC").
 */
@DisplayName("Provider wordings, fourth round: target groups named by their people or their language")
@ExtendWith(NoNetwork.class)
class FourthRoundWordingsTest {

    private static List<String> groups(Read r) {
        return r.records().stream().map(s -> s.listing().at("/eligibility/targetGroups").toString()).toList();
    }

    @Test
    @DisplayName("W23: Francophone OLMC, OLMC francophones, CLOSM francophones, francophones en situation minoritaire are olmc")
    void francophoneMinorityCommunities() {
        Read r = read("Listing ID,Target groups\r\n"
                + "listing:fmc/francophone-lab,Francophone OLMC\r\n"
                + "listing:apfc/mentorat,OLMC francophones\r\n"
                + "listing:fcfa/residence,CLOSM francophones\r\n"
                + "listing:rfavm/atelier,francophones en situation minoritaire\r\n"
                + "listing:apfc/labo,communautés francophones en situation minoritaire\r\n"
                + "listing:onf/relais,CLOSM\r\n");
        assertThat(groups(r)).containsOnly("[\"olmc\"]");
        assertThat(groups(r)).hasSize(6);
    }

    @Test
    @DisplayName("W24: Deaf and disabled artists, artistes sourds et handicapés, Deaf artists are deaf-disability; Indigenous and Black artists two groups")
    void groupsNamedByTheirPeople() {
        Read r = read("Listing ID,Target groups\r\n"
                + "listing:bell-fund/access,Deaf and disabled artists\r\n"
                + "listing:ccs/access,artistes sourds et handicapés\r\n"
                + "listing:cfc/access,Deaf artists\r\n"
                + "listing:imaginenative/lab,Indigenous and Black artists\r\n"
                + "listing:spira/labo,créateurs et créatrices autochtones\r\n"
                + "listing:hot-docs/incubator,\"Indigenous, Black and racialized producers\"\r\n");
        assertThat(groups(r)).containsExactly("[\"deaf-disability\"]", "[\"deaf-disability\"]", "[\"deaf-disability\"]",
                "[\"indigenous\",\"black\"]", "[\"indigenous\"]", "[\"indigenous\",\"black\",\"racialized\"]");
        Finding stated = stated(r, "by their people");
        assertThat(stated.message(Lang.EN)).startsWith("6 target group cells")
                .contains("\"Deaf and disabled artists\" as deaf-disability");
        assertThat(stated.message(Lang.FR)).contains("par leurs membres");
    }

    @Test
    @DisplayName("W25: PANDC spelled out, with or without its acronym, is indigenous, black and racialized, as BIPOC spelled out is")
    void pandcSpelledOut() {
        Read r = read("Listing ID,Target groups\r\n"
                + "listing:spira/labo,\"personnes autochtones, noires et de couleur\"\r\n"
                + "listing:ccs/residence,\"Personnes Autochtones, Noires et de Couleur (PANDC)\"\r\n"
                + "listing:reelworld/emerging-20,\"Black, Indigenous and People of Colour (BIPOC)\"\r\n"
                + "listing:rideau/lab,\"Black, Indigenous and People of Colour\"\r\n"
                + "listing:aqpm/mentorat,personnes PANDC\r\n"
                + "listing:cmpa/star,P.A.N.D.C.\r\n");
        assertThat(groups(r)).containsExactly("[\"indigenous\",\"black\",\"racialized\"]",
                "[\"indigenous\",\"black\",\"racialized\"]", "[\"black\",\"indigenous\",\"racialized\"]",
                "[\"black\",\"indigenous\",\"racialized\"]", "[\"racialized\"]", "[\"racialized\"]");
    }

    @Test
    @DisplayName("W24, W25: a noun beside a word of no group, or an acronym naming none of the groups, is kept as written, for the unknown code's finding")
    void peopleNotGuessed() {
        Read r = read("Listing ID,Target groups\r\n"
                + "listing:bell-fund/access,emerging artists\r\n"
                + "listing:cfc/lab,\"Black, Indigenous and People of Colour (OLMC)\"\r\n"
                + "listing:ccs/residence,artistes de la relève\r\n");
        assertThat(groups(r)).containsExactly("[\"emerging artists\"]",
                "[\"Black, Indigenous and People of Colour (OLMC)\"]", "[\"artistes de la relève\"]");
        assertThat(r.notes()).noneMatch(f -> f.message(Lang.EN).contains("by their people"));
    }

    @Test
    @DisplayName("W26: a deadline after the column's name is read; with midnight or 23 h 59 it is refused naming the day and where the hour goes")
    void deadlineAsCallsLabelIt() {
        Read r = read("Listing ID,Application deadline\r\n"
                + "listing:tiff/studio,\"Deadline: March 15, 2027\"\r\n"
                + "listing:nsi/features-first,Date limite : 15 mars 2027\r\n"
                + "listing:tiff/lab,\"Deadline: March 15, 2027 at midnight PT\"\r\n"
                + "listing:nsi/global-marketing,\"15 mars 2027, 23 h 59 (HNP)\"\r\n");
        assertThat(at(r, 0, "/intakes/0/applicationDeadline")).isEqualTo("\"2027-03-15\"");
        assertThat(at(r, 1, "/intakes/0/applicationDeadline")).isEqualTo("\"2027-03-15\"");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(2);
        assertThat(refused.get(0).message(Lang.EN)).contains("a day such as 2027-03-15").contains("the hour, midnight PT,");
        assertThat(refused.get(1).message(Lang.FR)).contains("un jour comme 2027-03-15").contains("l'heure, 23 h 59 (HNP),");
        Finding stated = stated(r, "after the column's name");
        assertThat(stated.message(Lang.EN)).startsWith("2 dates");
        assertThat(stated.message(Lang.FR)).contains("après le nom de la colonne");
    }

    @Test
    @DisplayName("W27: Fee: $350 + HST and 350 $ + TVH are the amount with the fee's plus tax; a row saying no there is refused")
    void feeWithItsTax() {
        Read r = read("Listing ID,Fee type,Fee amount,Fee currency,Fee plus tax\r\n"
                + "listing:tiff/studio,tuition,Fee: $350 + HST,CAD,\r\n"
                + "listing:nsi/features-first,tuition,350 $ + TVH,CAD,oui\r\n"
                + "listing:wiftv/market-prep,tuition,$350 plus applicable taxes,CAD,no\r\n");
        assertThat(at(r, 0, "/fees/0/amount/amount")).isEqualTo("\"350\"");
        assertThat(at(r, 0, "/fees/0/plusTax")).isEqualTo("true");
        assertThat(at(r, 1, "/fees/0/amount/amount")).isEqualTo("\"350\"");
        assertThat(at(r, 1, "/fees/0/plusTax")).isEqualTo("true");
        assertThat(at(r, 2, "/fees/0/amount/amount")).isEqualTo("\"350\"");
        assertThat(at(r, 2, "/fees/0/plusTax")).isEqualTo("false");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(1);
        assertThat(refused.get(0).message(Lang.EN)).contains("\"Fee plus tax\" holds no");
        Finding stated = stated(r, "sales tax");
        assertThat(stated.message(Lang.EN)).startsWith("2 fees").contains("\"Fee: $350 + HST\"");
        assertThat(stated.message(Lang.FR)).contains("Frais plus taxes");
    }

    @Test
    @DisplayName("W28: 1 recipient and 2 lauréates are the number of places")
    void placesAsRecipients() {
        Read r = read("Listing ID,Places\r\n"
                + "listing:wiftv/market-prep,1 recipient\r\n"
                + "listing:tacic/mentorat,2 lauréates\r\n");
        assertThat(at(r, 0, "/intakes/0/places")).isEqualTo("1");
        assertThat(at(r, 1, "/intakes/0/places")).isEqualTo("2");
        assertThat(refused(r)).isEmpty();
    }

    @Test
    @DisplayName("W29: in English with French support is refused at the cell, saying how to write languages and where support goes; English is read")
    void languageWithSupport() {
        Read r = read("Listing ID,Working languages\r\n"
                + "listing:tiff/studio,in English with French support\r\n"
                + "listing:nsi/features-first,anglais (soutien en français)\r\n"
                + "listing:nsi/global-marketing,English\r\n");
        List<Finding> refused = refused(r);
        assertThat(refused).hasSize(2);
        assertThat(refused.get(0).message(Lang.EN)).contains("\"in English with French support\"").contains("\"Accessibility\" or the description");
        assertThat(refused.get(1).message(Lang.FR)).contains("« Accessibilité » ou la description");
        assertThat(at(r, 0, "/workingLanguages")).isEqualTo("-");
        assertThat(at(r, 2, "/workingLanguages")).isEqualTo("[\"en\"]");
    }
}
