package org.opdl.schema.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.schema.rdf.RdfNothingLostTest.readAs;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Lang;

/** A property of the standard written on the wrong node is refused naming the node the standard gives it. */
@DisplayName("RDF properties written on the wrong node")
class PropertyOutOfPlaceTest {

    private static final String TURTLE = """
            PREFIX opdl: <https://w3id.org/opdl/ns#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX provider: <https://w3id.org/opdl/provider/>
            PREFIX program-type: <https://w3id.org/opdl/vocab/program-type/>

            <https://w3id.org/opdl/listing/hot-docs/doc-ignite>
                opdl:title "Hot Docs Doc Ignite"@en ;
                opdl:programType program-type:mentorship ;
                opdl:provider provider:hot-docs ;
                ON_LISTING
                opdl:intakes ( [ opdl:applicationDeadline "2027-03-15"^^xsd:date ON_INTAKE ] ) .

            provider:hot-docs opdl:name "Hot Docs"@en .
            """;

    private static RdfNothingLostTest.Read turtle(String onListing, String onIntake) {
        return readAs("ttl", TURTLE.replace("ON_LISTING", onListing).replace("ON_INTAKE", onIntake));
    }

    @Test
    @DisplayName("opdl:places on the listing: it belongs on the node opdl:intakes names, in both languages")
    void placesOnTheListing() {
        RdfNothingLostTest.Read read = turtle("opdl:places 8 ;", "");
        assertThat(read.error()).isNotNull();
        assertThat(((Location.Rdf) read.error().location()).subject()).isEqualTo("https://w3id.org/opdl/listing/hot-docs/doc-ignite");
        assertThat(read.error().text().in(Lang.EN)).contains(
                "the property opdl:places, which the standard does not have on this node: it belongs on the node that opdl:intakes names (Intakes)");
        assertThat(read.error().fix().in(Lang.EN)).isEqualTo("move the triple to the node that opdl:intakes names (Intakes), or remove it");
        assertThat(read.error().text().in(Lang.FR)).contains("elle va sur le nœud que nomme opdl:intakes (Appels de candidatures)");
        assertThat(read.error().fix().in(Lang.FR)).startsWith("déplacez le triplet vers le nœud que nomme opdl:intakes");
    }

    @Test
    @DisplayName("opdl:minAge on an intake: it belongs on the listing's eligibility")
    void minAgeOnAnIntake() {
        RdfNothingLostTest.Read read = turtle("", "; opdl:minAge 18");
        assertThat(read.error()).isNotNull();
        assertThat(read.error().location().pointer()).isEqualTo("/intakes/0");
        assertThat(read.error().text().in(Lang.EN)).contains("opdl:minAge").contains("the node that opdl:eligibility names (Eligibility)");
    }

    @Test
    @DisplayName("a listing's own field on an intake names the listing's node; a nested home names the whole path")
    void listingFieldAndNestedHome() {
        assertThat(turtle("", "; opdl:title \"Doc Ignite\"@en").error().text().in(Lang.EN))
                .contains("it belongs on the listing's own node");
        assertThat(turtle("opdl:currency \"CAD\" ;", "").error().text().in(Lang.EN))
                .contains("the node that opdl:fee/opdl:feeAmount names (Fee amount)");
    }

    @Test
    @DisplayName("opdl:currency on an intake names its three nearest homes and counts the others, in both languages")
    void manyHomesNamesTheNearest() {
        RdfNothingLostTest.Read read = turtle("", "; opdl:currency \"CAD\"");
        String nearest = "the node that opdl:budget names (Budget envelope), the node that opdl:fee/opdl:feeAmount names (Fee amount), "
                + "the node that opdl:stipend/opdl:stipendAmount names (Stipend amount) and 10 other places";
        assertThat(read.error().text().in(Lang.EN)).endsWith("it belongs on " + nearest).doesNotContain("opdl:prize");
        assertThat(read.error().fix().in(Lang.EN)).isEqualTo("move the triple to the node it belongs on (" + nearest + "), or remove it");
        assertThat(read.error().text().in(Lang.FR)).startsWith("le graphe").contains("le nœud que nomme opdl:budget")
                .endsWith(" et 10 autres endroits");
        assertThat(read.error().fix().in(Lang.FR)).startsWith("déplacez le triplet vers le nœud où il va (le nœud que nomme opdl:budget");
    }

    @Test
    @DisplayName("JSON-LD names the keys its author wrote, in both languages; the nearest homes come first there too")
    void jsonLdNamesKeys() {
        String jsonld = """
                {"@context": "https://w3id.org/opdl/context/0.2.jsonld",
                 "id": "listing:hot-docs/doc-ignite", "title": {"en": "Hot Docs Doc Ignite"},
                 "programTypes": ["mentorship"], "places": 8}
                """;
        RdfNothingLostTest.Read read = readAs("jsonld", jsonld);
        assertThat(read.error().text().in(Lang.EN))
                .isEqualTo("the key \"places\" is not a field of the standard in this object; the standard has it at intakes.places");
        assertThat(read.error().fix().in(Lang.EN)).isEqualTo("move the key to where the standard has it (intakes.places), or remove it");
        assertThat(read.error().text().in(Lang.FR)).isEqualTo(
                "la clé « places » n'est pas un champ de la norme dans cet objet; la norme la place à intakes.places");
        assertThat(read.error().fix().in(Lang.FR)).isEqualTo("déplacez la clé là où la norme la place (intakes.places), ou supprimez-la");
        String currency = jsonld.replace("\"places\": 8", "\"intakes\": [{\"applicationDeadline\": \"2027-03-15\", \"currency\": \"CAD\"}]");
        assertThat(readAs("jsonld", currency).error().text().in(Lang.EN))
                .endsWith("the standard has it at budget.currency, fees.amount.currency, stipend.amount.currency and 10 other places")
                .doesNotContain("opdl:");
    }

    @Test
    @DisplayName("N-Triples says what Turtle says; a property no field has keeps the general words")
    void otherFormats() {
        String nt = "<https://w3id.org/opdl/listing/hot-docs/doc-ignite> <https://w3id.org/opdl/ns#title> \"Doc Ignite\"@en .\n"
                + "<https://w3id.org/opdl/listing/hot-docs/doc-ignite> <https://w3id.org/opdl/ns#minAge> \"18\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n";
        assertThat(readAs("nt", nt).error().text().in(Lang.EN)).contains("the node that opdl:eligibility names");
        assertThat(turtle("opdl:cohortSize 8 ;", "").error().text().in(Lang.EN))
                .contains("a property that is not a field of the standard here");
    }

    @Test
    @DisplayName("converting JSON with places on the listing to Turtle or CSV names intakes.places, in both languages")
    void jsonConverted() {
        String json = """
                {"id": "listing:hot-docs/doc-ignite", "title": {"en": "Hot Docs Doc Ignite"},
                 "programTypes": ["mentorship"], "places": 8}
                """;
        for (String to : new String[] {"ttl", "csv"}) {
            org.opdl.schema.format.ReadException e = RdfNothingLostTest.refusedConverting(json, to);
            assertThat(e.location().pointer()).as(to).isEqualTo("/places");
            assertThat(e.text().in(Lang.EN)).as(to).contains("\"/places\" is not a field at this level")
                    .contains("the standard has it at streams.places, intakes.places");
            assertThat(e.fix().in(Lang.EN)).as(to).isEqualTo("move the field to where the standard has it (streams.places, intakes.places), or remove it");
            assertThat(e.text().in(Lang.FR)).as(to).contains("la norme le place à streams.places, intakes.places");
        }
    }

    @Test
    @DisplayName("converting JSON with a currency beside the stipend's amount names the 3 nearest homes, as the validator does")
    void jsonConvertedNearestFirst() {
        String json = """
                {"id": "listing:nfb/hothouse", "title": {"en": "NFB Hothouse"}, "programTypes": ["paid-placement"],
                 "stipend": {"amount": {"amount": "16000.00", "currency": "CAD"}, "currency": "CAD"}}
                """;
        org.opdl.schema.format.ReadException e = RdfNothingLostTest.refusedConverting(json, "ttl");
        assertThat(e.text().in(Lang.EN)).endsWith("the standard has it at stipend.amount.currency, stipend.minimum.currency, "
                + "stipend.programShare.currency and 10 other places");
        assertThat(e.fix().in(Lang.FR)).contains("et 10 autres endroits");
    }
}
