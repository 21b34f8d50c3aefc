package org.opdl.schema.testing;

/**
 * Hostile case U7 as a provider writes it: a Turtle listing whose id and address are relative
 * IRIs, in a file that declares no base. The reader tests and the command-line tests read this one
 * text, so the lines they expect findings at are the same.
 */
public final class RelativeIriTurtle {

    /** The listing's id (line 4) and its address (line 7) are relative; the prefixes are absolute. */
    public static final String TEXT = """
            PREFIX opdl: <https://w3id.org/opdl/ns#>
            PREFIX program-type: <https://w3id.org/opdl/vocab/program-type/>

            <listing/spira/mentorat>
                opdl:title "Mentorat Spira"@fr ;
                opdl:programType program-type:mentorship ;
                opdl:url <spira.quebec/mentorat> .
            """;

    private RelativeIriTurtle() {
    }
}
