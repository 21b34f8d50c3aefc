package org.opdl.validator.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.text.Text;

@DisplayName("F40: a list of groups or regions of which a label holds its own 'and' or comma is parted by semicolons, in both languages")
class PartedListsTest {

    @Test
    @DisplayName("the groups of the NSI's and imagineNATIVE's calls read each whole: 'racialized; Indigenous; and Deaf and persons with disabilities'")
    void groups() {
        Text t = Words.labels("target-group", List.of("racialized", "indigenous", "deaf-disability"));
        assertThat(t.en()).isEqualTo("racialized; Indigenous; and Deaf and persons with disabilities");
        assertThat(t.fr()).isEqualTo("personnes racisées; Autochtones; et personnes sourdes et personnes handicapées");
        assertThat(Words.labels("target-group", List.of("black", "olmc", "regional-remote-northern")).en())
                .isEqualTo("Black; official-language minority communities; and regional, remote or northern");
    }

    @Test
    @DisplayName("Newfoundland and Labrador among three provinces is parted; two labels, or labels with no 'and', keep commas and 'and'")
    void regionsAndShortLists() {
        assertThat(Words.labels("region", List.of("CA-NS", "CA-NL", "CA-PE")).en())
                .isEqualTo("Nova Scotia; Newfoundland and Labrador; and Prince Edward Island");
        assertThat(Words.labels("region", List.of("CA-NS", "CA-NL", "CA-PE")).fr())
                .isEqualTo("Nouvelle-Écosse, Terre-Neuve-et-Labrador et Île-du-Prince-Édouard");
        assertThat(Words.labels("target-group", List.of("women", "deaf-disability")).en()).isEqualTo("women and Deaf and persons with disabilities");
        assertThat(Words.labels("target-group", List.of("indigenous", "black", "racialized")).en()).isEqualTo("Indigenous, Black and racialized");
    }
}
