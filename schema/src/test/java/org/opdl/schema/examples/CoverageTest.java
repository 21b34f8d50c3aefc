package org.opdl.schema.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.vocab.Concept;
import org.opdl.model.vocab.Vocabulary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("Between them, the valid examples cover")
class CoverageTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final List<JsonNode> LISTINGS = Examples.validListings().stream()
            .map(p -> MAPPER.readTree(Examples.read(p))).toList();

    private static Set<String> values(String field) {
        Set<String> out = new HashSet<>();
        LISTINGS.forEach(l -> l.path(field).forEach(v -> out.add(v.asString())));
        return out;
    }

    @Test
    @DisplayName("every program type in use")
    void programTypes() {
        assertThat(values("programTypes")).containsAll(Vocabulary.standard().scheme("program-type").orElseThrow()
                .concepts().stream().filter(c -> !c.deprecated()).map(Concept::code).toList());
    }

    @Test
    @DisplayName("English-only, French-only and bilingual listings")
    void languages() {
        Set<String> shapes = new HashSet<>();
        LISTINGS.forEach(l -> shapes.add(String.join("+", l.get("title").propertyNames())));
        assertThat(shapes).contains("en", "fr", "en+fr");
    }

    @Test
    @DisplayName("a paid placement with a stipend, a market with a fee, funding with training, a company and a team")
    void cases() {
        assertThat(LISTINGS).anyMatch(l -> has(l, "paid-placement") && l.has("stipend"));
        assertThat(LISTINGS).anyMatch(l -> has(l, "market-pitch-forum") && l.has("fees"));
        assertThat(LISTINGS).anyMatch(l -> has(l, "funding-with-training"));
        assertThat(LISTINGS).anyMatch(l -> l.has("participationUnit") && l.get("participationUnit").asString().equals("company"));
        assertThat(LISTINGS).anyMatch(l -> l.has("participationUnit") && l.get("participationUnit").asString().equals("team"));
    }

    @Test
    @DisplayName("the structures new in 0.2: streams, alternatives, components, prizes, a wage subsidy, a stated none, and a bare listing")
    void newIn02() {
        for (String field : new String[] {"streams", "eligibilityAlternatives", "components", "prizes", "wageSubsidy",
                "statedNone", "sources", "outcomes"}) {
            assertThat(LISTINGS).as(field).anyMatch(l -> l.has(field));
        }
        assertThat(LISTINGS).as("a listing with only the required facts")
                .anyMatch(l -> l.propertyNames().stream().allMatch(n -> java.util.Set.of("@context", "id", "type",
                        "provider", "title", "url", "programTypes").contains(n)));
    }

    private static boolean has(JsonNode listing, String programType) {
        for (JsonNode t : listing.get("programTypes")) {
            if (t.asString().equals(programType)) {
                return true;
            }
        }
        return false;
    }
}
