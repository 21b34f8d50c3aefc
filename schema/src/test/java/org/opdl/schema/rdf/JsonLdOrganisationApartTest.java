package org.opdl.schema.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.schema.rdf.RdfNothingLostTest.readAs;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Lang;
import org.opdl.schema.format.ReaderRule;

/** U13: an organisation described apart at the top of a JSON-LD "@graph", where the context gives its fields no meaning. */
@DisplayName("JSON-LD: an organisation described apart at the top of the @graph")
class JsonLdOrganisationApartTest {

    private static final String SPIRA = """
              {
                "id": "%s",%s
                "name": {"fr": "Spira", "en": "Spira"},
                "website": "https://www.spira.quebec/"
              }""";

    private static final String LISTINGS = """
              {
                "id": "listing:spira/mentorat",
                "type": "Listing",
                "provider": {"id": "provider:spira"},
                "title": {"fr": "Mentorat en production documentaire"},
                "url": "https://www.spira.quebec/mentorat",
                "programTypes": ["mentorship"]
              },
              {
                "id": "listing:spira/labo",
                "type": "Listing",
                "provider": {"id": "provider:spira"},
                "title": {"fr": "Laboratoire de scénarisation"},
                "url": "https://www.spira.quebec/labo",
                "programTypes": ["lab"]
              }""";

    private static String graph(String organisation) {
        return "{\n  \"@context\": \"https://w3id.org/opdl/context/0.2.jsonld\",\n  \"@graph\": [\n"
                + organisation + ",\n" + LISTINGS + "\n  ]\n}\n";
    }

    @Test
    @DisplayName("typed Organization and named provider:spira, is refused at its line with the fix, in both languages")
    void refused() {
        RdfNothingLostTest.Read read = readAs("jsonld", graph(SPIRA.formatted("provider:spira", "\n    \"type\": \"Organization\",")));
        assertThat(read.error()).isNotNull();
        assertThat(read.error().rule()).isEqualTo(ReaderRule.CONVERT_UNMAPPABLE);
        assertThat(read.error().location()).isEqualTo(new Location.Text("in.jsonld", 4, 1));
        assertThat(read.error().text().en()).startsWith("an organisation (provider:spira) is described apart, at the top of the \"@graph\"")
                .contains("only inside the field that holds it");
        assertThat(read.error().fix().en()).contains("inside each listing's \"provider\"", "\"organizations\"");
        assertThat(read.error().text().in(Lang.FR)).startsWith("un organisme (provider:spira) est décrit à part");
        assertThat(read.error().fix().in(Lang.FR)).contains("« organizations »");
        assertThat(read.error().text().en()).doesNotContain("not a field of the standard here");
    }

    @Test
    @DisplayName("named by its full IRI, without a type, is refused the same way")
    void fullIri() {
        RdfNothingLostTest.Read read = readAs("jsonld", graph(SPIRA.formatted("https://w3id.org/opdl/provider/spira", "")));
        assertThat(read.error()).isNotNull();
        assertThat(read.error().text().en()).startsWith("an organisation (provider:spira) is described apart");
    }

    @Test
    @DisplayName("the fix offered reads: a dataset describing it once in organizations, the listings naming it by id")
    void datasetReads() {
        String dataset = "{\n  \"@context\": \"https://w3id.org/opdl/context/0.2.jsonld\",\n  \"type\": \"Dataset\",\n"
                + "  \"organizations\": [\n" + SPIRA.formatted("provider:spira", "") + "\n  ],\n  \"listings\": [\n" + LISTINGS + "\n  ]\n}\n";
        RdfNothingLostTest.Read read = readAs("jsonld", dataset);
        assertThat(read.error()).isNull();
        assertThat(read.listings()).hasSize(2);
        assertThat(read.listings().get(1).listing().at("/provider/name/fr").stringValue()).isEqualTo("Spira");
        assertThat(read.listings().get(1).listing().at("/provider/website").stringValue()).isEqualTo("https://www.spira.quebec/");
    }
}
