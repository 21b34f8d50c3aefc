package org.opdl.schema.shape;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@DisplayName("The descriptions of each organisation id that agree with each other")
class AgreeingDescriptionsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String NSI = """
            {"id": "provider:nsi", "name": {"en": "National Screen Institute"}, "website": "https://nsi-canada.ca/"}""";

    private final AgreeingDescriptions<String> kept = new AgreeingDescriptions<>();
    private final List<String> placesAsked = new ArrayList<>();

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    private AgreeingDescriptions.Conflict<String> note(String id, String description, String place) {
        return kept.note(id, json(description), () -> {
            placesAsked.add(place);
            return place;
        });
    }

    @Test
    @DisplayName("keep the first description of an id, asking for its place only then")
    void firstIsKept() {
        assertThat(note("provider:nsi", NSI, "listing 1 /provider")).isNull();
        assertThat(note("provider:nsi", NSI, "listing 2 /provider")).isNull();
        assertThat(placesAsked).containsExactly("listing 1 /provider");
    }

    @Test
    @DisplayName("take the same description with its keys in another order as the one kept")
    void keyOrderDoesNotCount() {
        note("provider:nsi", NSI, "listing 1 /provider");
        assertThat(note("provider:nsi", """
                {"website": "https://nsi-canada.ca/", "name": {"en": "National Screen Institute"}, "id": "provider:nsi"}""",
                "listing 2 /provider")).isNull();
        assertThat(placesAsked).containsExactly("listing 1 /provider");
    }

    @Test
    @DisplayName("keep a description that only leaves values out, and name the first kept one a later one conflicts with")
    void lackingIsKeptAndConflictNamesTheEarlierPlace() {
        note("provider:nsi", "{\"id\": \"provider:nsi\", \"name\": {\"en\": \"National Screen Institute\"}}", "listing 1 /provider");
        assertThat(note("provider:nsi", NSI, "listing 2 /partners/0")).isNull();
        AgreeingDescriptions.Conflict<String> conflict = note("provider:nsi",
                "{\"id\": \"provider:nsi\", \"name\": {\"en\": \"NSI\"}}", "listing 3 /funders/1");
        assertThat(conflict).isEqualTo(new AgreeingDescriptions.Conflict<>("listing 1 /provider", "/name/en"));
        assertThat(note("provider:nsi", "{\"id\": \"provider:nsi\", \"website\": \"https://www.nsi-canada.ca/\"}",
                "listing 4 /provider")).isEqualTo(new AgreeingDescriptions.Conflict<>("listing 2 /partners/0", "/website"));
        assertThat(placesAsked).containsExactly("listing 1 /provider", "listing 2 /partners/0");
    }

    @Test
    @DisplayName("keep each id apart: the same name under another id is no conflict")
    void idsAreApart() {
        note("provider:nfb", "{\"id\": \"provider:nfb\", \"name\": {\"en\": \"National Film Board of Canada\"}}", "listing 1 /provider");
        assertThat(note("funder:telefilm", "{\"id\": \"funder:telefilm\", \"name\": {\"en\": \"Telefilm Canada\"}}",
                "listing 1 /funders/0")).isNull();
        assertThat(note("provider:nfb", "{\"id\": \"provider:nfb\", \"name\": {\"en\": \"NFB\"}}", "listing 2 /provider"))
                .isEqualTo(new AgreeingDescriptions.Conflict<>("listing 1 /provider", "/name/en"));
    }

    @Test
    @DisplayName("keep a copy: a description changed after it was noted does not change the one kept")
    void keepsACopy() {
        ObjectNode description = (ObjectNode) json(NSI);
        kept.note("provider:nsi", description, () -> "listing 1 /provider");
        description.put("website", "https://www.nsi-canada.ca/");
        assertThat(kept.note("provider:nsi", description, () -> "listing 2 /provider"))
                .isEqualTo(new AgreeingDescriptions.Conflict<>("listing 1 /provider", "/website"));
    }
}
