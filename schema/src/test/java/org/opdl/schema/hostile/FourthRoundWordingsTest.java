package org.opdl.schema.hostile;

import static org.assertj.core.api.Assertions.assertThat;

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

    private static Read read(String csv) {
        return CsvCatalogueTest.readAll(csv);
    }

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
                + "listing:spira/labo,créateurs et créatrices autochtones\r\n");
        assertThat(groups(r)).containsExactly("[\"deaf-disability\"]", "[\"deaf-disability\"]", "[\"deaf-disability\"]",
                "[\"indigenous\",\"black\"]", "[\"indigenous\"]");
        Finding stated = r.notes().stream().filter(f -> f.message(Lang.EN).contains("by their people")).findFirst().orElseThrow();
        assertThat(stated.message(Lang.EN)).startsWith("5 target group cell(s)")
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
}
