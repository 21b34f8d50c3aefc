package org.opdl.schema.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opdl.model.text.Lang;
import org.opdl.schema.format.ReadException;

/**
 * A listing whose {@code opdl:} prefix is bound to a mistyped namespace (http for https, no closing
 * #, a letter swapped) is refused naming the namespace written, the standard's, and the prefix to bind.
 */
@DisplayName("a listing in a mistyped OPDL namespace")
class MistypedNamespaceTest {

    private static final String NS = "https://w3id.org/opdl/ns#";

    @ParameterizedTest(name = "{0} <{1}>")
    @CsvSource({
        "ttl, http://w3id.org/opdl/ns#",
        "ttl, https://w3id.org/opdl/ns",
        "ttl, https://w3id.org/opdl/ns/",
        "ttl, https://w3id.org/odpl/ns#",
        "rdfxml, http://w3id.org/opdl/ns#",
        "nt, http://w3id.org/opdl/ns#"})
    @DisplayName("is refused naming the namespace written and the standard's, with the prefix to bind, in both languages")
    void refused(String format, String namespace) throws IOException {
        String written = RdfNothingLostTest.convert(RdfNothingLostTest.PRIME_TIME, format);
        String mistyped = switch (format) {
            case "ttl" -> written.replaceFirst("PREFIX opdl: +<https://w3id.org/opdl/ns#>", "PREFIX opdl: <" + namespace + ">");
            case "rdfxml" -> written.replace("xmlns:opdl=\"" + NS + "\"", "xmlns:opdl=\"" + namespace + "\"");
            default -> written.replace("<" + NS, "<" + namespace);
        };
        assertThat(mistyped).isNotEqualTo(written);
        ReadException e = RdfNothingLostTest.readAs(format, mistyped).error();
        assertThat(e).isNotNull();
        assertThat(e.ruleId()).isEqualTo("opdl.convert.unmappable");
        assertThat(e.text().in(Lang.EN)).startsWith("the graph holds the property <" + namespace)
                .contains("but in the namespace <" + namespace + ">, not the standard's <" + NS + ">")
                .contains("the prefix opdl: (xmlns:opdl in RDF/XML) is perhaps bound to a mistyped address");
        assertThat(e.fix().in(Lang.EN)).isEqualTo("bind the prefix to the standard's namespace, as in PREFIX opdl: <" + NS
                + "> (Turtle) or xmlns:opdl=\"" + NS + "\" (RDF/XML), or write each property with it in N-Triples");
        assertThat(e.text().in(Lang.FR)).contains("mais dans l'espace de noms <" + namespace + ">, et non celui de la norme, <" + NS + ">");
        assertThat(e.fix().in(Lang.FR)).startsWith("liez le préfixe à l'espace de noms de la norme, comme dans PREFIX opdl: <" + NS + ">");
    }

    @Test
    @DisplayName("a property of another vocabulary keeps the general words: schema.org is no mistyped OPDL")
    void otherVocabulary() throws IOException {
        String ttl = RdfNothingLostTest.convert(RdfNothingLostTest.PRIME_TIME, "ttl")
                + "\n<https://w3id.org/opdl/listing/cmpa/prime-time> <https://schema.org/name> \"Prime Time\" .\n";
        ReadException e = RdfNothingLostTest.readAs("ttl", ttl).error();
        assertThat(e).isNotNull();
        assertThat(e.text().in(Lang.EN)).isEqualTo("the graph holds a property that is not a field of the standard here");
    }
}
