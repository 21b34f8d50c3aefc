package org.opdl.schema.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.schema.rdf.RdfNothingLostTest.readAs;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Lang;
import tools.jackson.databind.JsonNode;

/** A node typed with the class its field gives is read as the field says; another type stops the read. */
@DisplayName("Nodes typed with their field's own class")
class TypedNodesTest {

    private static final String TURTLE = """
            PREFIX opdl: <https://w3id.org/opdl/ns#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX provider: <https://w3id.org/opdl/provider/>
            PREFIX program-type: <https://w3id.org/opdl/vocab/program-type/>
            PREFIX career-stage: <https://w3id.org/opdl/vocab/career-stage/>

            <https://w3id.org/opdl/listing/hot-docs/doc-ignite> a opdl:Listing ;
                opdl:title "Hot Docs Doc Ignite"@en ;
                opdl:programType program-type:mentorship ;
                opdl:careerStage career-stage:emerging ;
                opdl:provider provider:hot-docs ;
                opdl:eligibility [ TYPE_ELIGIBILITY opdl:minCompletedWorks 1 ] ;
                opdl:intakes ( [ TYPE_INTAKE opdl:applicationDeadline "2027-03-15"^^xsd:date ] ) .

            provider:hot-docs TYPE_PROVIDER opdl:name "Hot Docs"@en ;
                opdl:website <https://hotdocs.ca/> .
            """;

    private static String turtle(String provider, String eligibility, String intake) {
        return TURTLE.replace("TYPE_PROVIDER", provider).replace("TYPE_ELIGIBILITY", eligibility).replace("TYPE_INTAKE", intake);
    }

    @Test
    @DisplayName("Turtle: a provider typed opdl:Organization, an eligibility and an intake typed with their classes read as untyped")
    void ownClasses() {
        RdfNothingLostTest.Read typed = readAs("ttl", turtle("a opdl:Organization ;", "a opdl:Eligibility ;", "a opdl:Intake ;"));
        RdfNothingLostTest.Read plain = readAs("ttl", turtle("", "", ""));
        assertThat(typed.error()).isNull();
        assertThat(plain.error()).isNull();
        JsonNode listing = typed.listings().get(0).listing();
        assertThat(listing).isEqualTo(plain.listings().get(0).listing());
        assertThat(listing.path("provider").path("name").path("en").asString()).isEqualTo("Hot Docs");
        assertThat(listing.path("intakes").path(0).path("applicationDeadline").asString()).isEqualTo("2027-03-15");
    }

    @Test
    @DisplayName("Turtle: a provider typed as an intake, or with a class of another vocabulary, stops the read naming the class its field gives")
    void otherClasses() {
        for (String type : new String[] {"a opdl:Intake ;", "a <https://schema.org/Organization> ;"}) {
            RdfNothingLostTest.Read read = readAs("ttl", turtle(type, "", ""));
            assertThat(read.error()).as(type).isNotNull();
            assertThat(((Location.Rdf) read.error().location()).subject())
                    .isEqualTo("https://w3id.org/opdl/provider/hot-docs");
            assertThat(read.error().getMessage()).as(type).contains("a type other than the one its field gives: a value of this field is an opdl:Organization");
            assertThat(read.error().text().in(Lang.FR)).contains("une valeur de ce champ est un opdl:Organization");
        }
    }

    @Test
    @DisplayName("JSON-LD: a provider typed Organization reads as the same listing")
    void jsonLd() {
        String jsonld = """
                {"@context": "https://w3id.org/opdl/context/0.2.jsonld",
                 "id": "listing:hot-docs/doc-ignite", "type": "Listing",
                 "title": {"en": "Hot Docs Doc Ignite"}, "programTypes": ["mentorship"],
                 "provider": {"id": "provider:hot-docs", "type": "Organization", "name": {"en": "Hot Docs"}}}
                """;
        RdfNothingLostTest.Read typed = readAs("jsonld", jsonld);
        RdfNothingLostTest.Read plain = readAs("jsonld", jsonld.replace("\"type\": \"Organization\", ", ""));
        assertThat(typed.error()).isNull();
        assertThat(typed.listings().get(0).listing()).isEqualTo(plain.listings().get(0).listing());
    }
}
