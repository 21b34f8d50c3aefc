package org.opdl.schema.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.schema.rdf.RdfNothingLostTest.readAs;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.finding.Finding;
import org.opdl.model.text.Lang;

/** The fix of {@code opdl.rdf.datatype} never proposes a literal that is not of the datatype it names. */
@DisplayName("The fix for a literal of another datatype")
class LiteralDatatypeFixTest {

    private static final String TURTLE = """
            PREFIX opdl: <https://w3id.org/opdl/ns#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX provider: <https://w3id.org/opdl/provider/>

            <https://w3id.org/opdl/listing/hot-docs/doc-ignite>
                opdl:title "Hot Docs Doc Ignite"@en ;
                opdl:provider provider:hot-docs ;
                opdl:eligibility [ opdl:minCredits CREDITS ] ;
                opdl:intakes ( [ opdl:startDate START ] ) .
            """;

    private static List<Finding> notes(String credits, String start) {
        RdfNothingLostTest.Read read = readAs("ttl", TURTLE.replace("CREDITS", credits).replace("START", start));
        assertThat(read.error()).isNull();
        return read.listings().get(0).notes();
    }

    @Test
    @DisplayName("a date written with an hour, untyped or typed xsd:dateTime: the fix gives a date of the field's form, not the hour typed xsd:date")
    void dateWithAnHour() {
        for (String start : new String[] {"\"2027-03-15T00:00:00\"", "\"2027-03-15T00:00:00\"^^xsd:dateTime"}) {
            Finding note = notes("2", start).get(0);
            assertThat(note.location().pointer()).isEqualTo("/intakes/0/startDate");
            assertThat(note.fix().in(Lang.EN)).as(start)
                    .isEqualTo("write the value in the form the field takes, with its datatype, such as \"2025-09-08\"^^xsd:date")
                    .doesNotContain("T00:00:00");
            assertThat(note.fix().in(Lang.FR)).as(start).contains("\"2025-09-08\"^^xsd:date");
        }
    }

    @Test
    @DisplayName("a value of the field's form under another datatype keeps the fix that types it: \"5\"^^xsd:string for minCredits")
    void valueOfTheFieldsForm() {
        List<Finding> notes = notes("\"5\"^^xsd:string", "\"2027-03-15\"^^xsd:date");
        assertThat(notes).hasSize(1);
        assertThat(notes.get(0).fix().in(Lang.EN)).isEqualTo("write the literal with its datatype, as opdl convert does: \"5\"^^xsd:integer");
    }
}
