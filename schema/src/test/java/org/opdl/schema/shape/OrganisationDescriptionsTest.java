package org.opdl.schema.shape;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@DisplayName("Two descriptions of one organisation id")
class OrganisationDescriptionsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    @Test
    @DisplayName("agree when one only leaves out the French name or the website, in either order")
    void lackingIsNoConflict() {
        JsonNode full = json("""
                {"id": "provider:nsi", "name": {"en": "National Screen Institute", "fr": "Institut national des arts de l'écran"},
                 "website": "https://nsi-canada.ca/"}""");
        JsonNode plain = json("{\"id\": \"provider:nsi\", \"name\": {\"en\": \"National Screen Institute\"}}");
        assertThat(OrganisationDescriptions.conflict(full, plain)).isEmpty();
        assertThat(OrganisationDescriptions.conflict(plain, full)).isEmpty();
    }

    @Test
    @DisplayName("conflict at the first field both give differently: another English name, another website")
    void differentValuesConflict() {
        JsonNode nsi = json("{\"name\": {\"en\": \"National Screen Institute\"}, \"website\": \"https://nsi-canada.ca/\"}");
        assertThat(OrganisationDescriptions.conflict(nsi, json("{\"name\": {\"en\": \"NSI\"}}"))).contains("/name/en");
        assertThat(OrganisationDescriptions.conflict(nsi, json("{\"website\": \"https://www.nsi-canada.ca/\"}"))).contains("/website");
    }

    @Test
    @DisplayName("compare no ids: a CURIE and the IRI it stands for name one organisation")
    void idsAreNotCompared() {
        assertThat(OrganisationDescriptions.conflict(json("{\"id\": \"provider:nfb\"}"),
                json("{\"id\": \"https://w3id.org/opdl/provider/nfb\"}"))).isEmpty();
    }

    @Test
    @DisplayName("the values one leaves out are added to the other, giving the description RDF's one node holds")
    void addMissing() {
        ObjectNode plain = (ObjectNode) json("{\"id\": \"provider:nfb\", \"name\": {\"en\": \"National Film Board of Canada\"}}");
        OrganisationDescriptions.addMissing(plain, json("""
                {"name": {"fr": "Office national du film du Canada"}, "website": "https://www.nfb.ca/"}"""));
        assertThat(plain).isEqualTo(json("""
                {"id": "provider:nfb", "name": {"en": "National Film Board of Canada", "fr": "Office national du film du Canada"},
                 "website": "https://www.nfb.ca/"}"""));
    }
}
