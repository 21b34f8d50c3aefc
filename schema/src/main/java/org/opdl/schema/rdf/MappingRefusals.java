package org.opdl.schema.rdf;

import org.apache.jena.graph.Node;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Text;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.ReaderRule;

/**
 * The refusals of a graph that cannot be mapped to listings ({@code opdl.convert.unmappable}), placed
 * at the subject and predicate of the triple that stopped the mapping.
 */
final class MappingRefusals {

    private MappingRefusals() {
    }

    /** The refusal of a triple: the graph holds {@code what}, with the general fix. */
    static ReadException error(String source, int record, String pointer, Node s, String p, Text what) {
        return error(source, record, pointer, s, p, what, RdfMessages.CONVERT_UNMAPPABLE_WRITE_LISTING_OPDL.text());
    }

    /** The refusal of a triple: the graph holds {@code what}, with {@code fix}. */
    static ReadException error(String source, int record, String pointer, Node s, String p, Text what, Text fix) {
        return stated(source, record, pointer, s, p, RdfMessages.CONVERT_UNMAPPABLE_GRAPH_HOLDS.text(what), fix);
    }

    /** The refusal of a triple in {@code text}, said whole. */
    static ReadException stated(String source, int record, String pointer, Node s, String p, Text text, Text fix) {
        String subject = s.isURI() ? s.getURI() : "_:" + s.getBlankNodeLabel();
        return new ReadException(ReaderRule.CONVERT_UNMAPPABLE, new Location.Rdf(source, record, pointer, subject, p, 0), text, fix);
    }
}
