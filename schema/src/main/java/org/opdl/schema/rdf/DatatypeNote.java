package org.opdl.schema.rdf;

import org.opdl.schema.format.ReaderRule;
import java.util.Optional;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.finding.Severity;
import org.opdl.model.field.Field;
import org.opdl.model.text.Text;

/** The note {@code opdl.rdf.datatype}, made by {@link RdfToListing} for a literal of another datatype than its field's. */
final class DatatypeNote {

    private DatatypeNote() {
    }

    /**
     * Notes a literal whose datatype is not the one its field is written with ({@code "900"} for
     * an integer, {@code "1500.10"^^xsd:double} for money): the value is read from its lexical
     * form, as written, but the reader is told.
     */
    static Optional<Finding> of(Node o, Field f, String pointer, Node s, String source, int record) {
        String expected = switch (f.type()) {
            case INTEGER -> ListingToRdf.XSD + "integer";
            case BOOLEAN -> ListingToRdf.XSD + "boolean";
            case OBJECT, CODE, IRI, URL, TEXT -> null;
            default -> ListingToRdf.datatype(f.type()) == null ? ListingToRdf.XSD + "string" : ListingToRdf.datatype(f.type());
        };
        String actual = o.getLiteralDatatypeURI();
        if (expected == null || expected.equals(actual)) {
            return Optional.empty();
        }
        String subject = s.isURI() ? s.getURI() : "_:" + s.getBlankNodeLabel();
        String lexical = o.getLiteralLexicalForm();
        String shown = lexical.length() > 60 ? lexical.substring(0, 60) + "…" : lexical;
        return Optional.of(new Finding(ReaderRule.RDF_DATATYPE.id(), ReaderRule.RDF_DATATYPE.severity(),
                new Location.Rdf(source, record, pointer, subject, f.propertyIri(), 0),
                RdfMessages.RDF_DATATYPE_VALUE_TYPED_NOT.text(shown, pointer, shortXsd(actual), shortXsd(expected)),
                fix(f, lexical, shown, expected)));
    }

    /**
     * The literal to write instead: this one with the field's datatype when its lexical form is of
     * that datatype, else the field's example, since {@code "2027-03-15T00:00:00"^^xsd:date} is no date.
     */
    private static Text fix(Field f, String lexical, String shown, String expected) {
        RDFDatatype type = TypeMapper.getInstance().getTypeByName(expected);
        if (type == null || type.isValid(lexical)) {
            return RdfMessages.WRITE_LITERAL_DATATYPE.text(shown, shortXsd(expected));
        }
        String example = f.definition().example().map(e -> e.startsWith("\"") && e.endsWith("\"") && e.length() > 1
                ? e.substring(1, e.length() - 1) : e).orElse("…");
        return RdfMessages.WRITE_LITERAL_FORM.text(example, shortXsd(expected));
    }

    private static String shortXsd(String iri) {
        if (iri == null) {
            return "rdf:langString";
        }
        if (iri.startsWith(ListingToRdf.XSD)) {
            return "xsd:" + iri.substring(ListingToRdf.XSD.length());
        }
        return iri.startsWith(ListingToRdf.RDF) ? "rdf:" + iri.substring(ListingToRdf.RDF.length()) : "<" + iri + ">";
    }
}
