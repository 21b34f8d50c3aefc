package org.opdl.schema.rdf;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Text;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.ReaderRule;

/**
 * Recognises, in Jena's words for a Turtle or N-Triples syntax error, a graph name that those
 * syntaxes do not have: the fourth term of an N-Quads line, or a TriG graph block ({@code { … }},
 * {@code <g> { … }}, {@code GRAPH <g> { … }}), and says so in plain words with the fix. Jena's own
 * words ("Triple not terminated by DOT", "Not a valid token for an RDF term: [LBRACE]") name neither.
 * It also says what Jena's "[SLASH]" means: a slash in a prefixed name, such as a listing id copied
 * from JSON, which Turtle allows only escaped.
 */
final class GraphNames {

    /** N-Triples: a term where the dot should end the triple. */
    private static final Pattern FOURTH_TERM = Pattern.compile("Triple not terminated by DOT: \\[(IRI|BNODE):(.*)\\]");
    /** Turtle: a term after the object, which is either a dot forgotten before the next subject or a graph name. */
    private static final String GOES_ON = "Triples not terminated by DOT";
    /** Turtle: a brace or the GRAPH keyword, where TriG opens a named graph. */
    private static final Pattern BLOCK = Pattern.compile(
            "Not a valid token for an RDF term: \\[LBRACE\\]|Out of place: \\[KEYWORD:GRAPH\\]|Not implemented \\(formulae, graph literals\\)");

    /** Turtle: a slash in a prefixed name, as a listing id copied from JSON writes it ({@code listing:spira/mentorat}). */
    private static final String SLASH = "Not a valid token for an RDF term: [SLASH]";

    private GraphNames() {
    }

    /** The error for Jena's {@code detail} when it means a graph name, else null. */
    static ReadException explain(String source, String format, String detail, long line, long col) {
        Location at = new Location.Text(source, Math.max(0, line), Math.max(0, col));
        Matcher fourth = FOURTH_TERM.matcher(detail);
        if (fourth.matches()) {
            String name = fourth.group(1).equals("IRI") ? "<" + fourth.group(2) + ">" : "_:" + fourth.group(2);
            return error(at, format, RdfMessages.GRAPH_NAME_FOURTH_TERM.text(name, format), RdfMessages.GRAPH_NAME_REMOVE.text());
        }
        if (detail.equals(GOES_ON)) {
            return error(at, format, RdfMessages.GRAPH_NAME_OR_DOT.text(format), RdfMessages.GRAPH_NAME_OR_DOT_FIX.text());
        }
        if (detail.equals(SLASH)) {
            return error(at, format, RdfMessages.PREFIXED_NAME_SLASH.text(), RdfMessages.PREFIXED_NAME_SLASH_FIX.text());
        }
        if (BLOCK.matcher(detail).matches()) {
            return error(at, format, RdfMessages.GRAPH_NAME_BLOCK.text(format), RdfMessages.GRAPH_NAME_BLOCK_FIX.text());
        }
        return null;
    }

    private static ReadException error(Location at, String format, Text what, Text fix) {
        return new ReadException(ReaderRule.SYNTAX_RDF, at, RdfMessages.SYNTAX_RDF_FILE_NOT_VALID_3.text(format, what), fix);
    }
}
