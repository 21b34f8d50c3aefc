package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opdl.cli.Round3.Case;
import org.opdl.cli.exit.ExitCode;
import org.opdl.schema.testing.Canary;
import org.opdl.schema.testing.NoNetwork;

/**
 * Third hostile round, RDF and JSON-LD shapes and dates at their edges, each through
 * {@code opdl validate} in this JVM: shapes the standard has no place for are named, never dropped.
 */
@ExtendWith(NoNetwork.class)
@DisplayName("Third hostile round: RDF and JSON-LD shapes, dates, through opdl validate")
class Round3RdfTest {

    @TempDir
    static Path dir;
    static Round3 r;

    @BeforeAll
    static void fixtures() throws IOException {
        r = Round3.in(dir);
    }

    @AfterAll
    static void nothingFetched() {
        assertThat(Canary.get().hits()).isEmpty();
    }

    private static final int OK = ExitCode.OK;
    private static final int FINDINGS = ExitCode.FINDINGS;

    /** The JSON-LD listing with {@code more} members added at its start. */
    private static String jsonld(String more) {
        return r.changed("jsonld", t -> t.replaceFirst("\\{\\s*\"id\" : \"listing:nsi/producers-lab\"",
                "{ " + more + ", \"id\" : \"listing:nsi/producers-lab\""));
    }

    private static String ttl(String from, String to) {
        return r.changed("ttl", t -> t.replaceFirst(from, to));
    }

    private static String json(String from, String to) {
        return r.changed("json", t -> t.replace(from, to));
    }

    static Stream<Case> cases() {
        String sameAs = "<http://www.w3.org/2002/07/owl#sameAs>";
        return Stream.of(
            // JSON-LD shapes
            new Case("L15", "reverse.jsonld", x -> jsonld("\"@reverse\": {\"https://schema.org/subOrganization\": {\"@id\": \"provider:cmpa\"}}"),
                    FINDINGS, "la clé « @reverse » inverse un lien", "opdl.convert.unmappable", "/@graph/0/@reverse",
                    "the key \"@reverse\" turns a link around"),
            new Case("L16", "included.jsonld", x -> jsonld("\"@included\": [{\"@id\": \"provider:cmpa\", \"https://schema.org/name\": \"CMPA\"}]"),
                    FINDINGS, null, "opdl.convert.unmappable", "line 3, column 57 /@graph/0/@included/0/https:~1~1schema.org~1name"),
            new Case("L17", "nest.jsonld", x -> x.changed("jsonld", t -> t.replaceFirst("\"title\" : (\\{[^}]*\\})", "\"@nest\": {\"title\": $1}")),
                    OK, null, "0 errors, 0 warnings, 0 info in 1 listing"),
            new Case("L18", "list-of-listings.jsonld", x -> x.changed("jsonld", t -> t.replaceFirst("\"@graph\" : \\[", "\"@graph\" : {\"@list\": [")
                    .replaceFirst("\\]\\s*}\\s*$", "]}}")), FINDINGS, "sans donner de raison",
                    "opdl.syntax.rdf", "stopped without giving a reason", "plain array under \"@graph\""),
            new Case("L19", "context-array.jsonld", x -> x.changed("jsonld", t -> t.replaceFirst("\"@context\" : (\"[^\"]*\")",
                    "\"@context\" : [$1, \"" + Canary.get().url("/context.jsonld") + "\"]")), FINDINGS, null,
                    "opdl.syntax.jsonld-context", "never fetches"),
            new Case("L20", "base.jsonld", x -> x.changed("jsonld", t -> t.replaceFirst("\"@context\" : (\"[^\"]*\")",
                    "\"@context\" : [$1, {\"@base\": \"http://evil.example/\"}]").replace("\"listing:nsi/producers-lab\"", "\"producers-lab\"")),
                    FINDINGS, null, "opdl.structure.format", "`http://evil.example/producers-lab`"),
            new Case("L21", "two-types.jsonld", x -> x.changed("jsonld", t -> t.replaceFirst("\"type\" : \"Listing\"",
                    "\"type\" : [\"Listing\", \"https://schema.org/Course\"]")), FINDINGS, null, "opdl.convert.unmappable", "a class"),
            new Case("L22", "same-as.jsonld", x -> jsonld("\"http://www.w3.org/2002/07/owl#sameAs\": {\"@id\": \"https://nsi-canada.ca/x\"}"),
                    FINDINGS, null, "opdl.convert.unmappable", "owl#sameAs"),
            new Case("L23", "blank-listing.jsonld", x -> x.changed("jsonld", t -> t.replaceFirst("\"id\" : \"listing:nsi/producers-lab\",", "")),
                    FINDINGS, "« id »", "opdl.structure.required", "`id`"),
            new Case("L24", "english-key.jsonld", x -> x.changed("jsonld", t -> t.replaceFirst("\"en\" : \"Producers Lab\"",
                    "\"en\" : \"Producers Lab\", \"english\" : \"Lab\"")), FINDINGS, "a la clé « english »",
                    "opdl.structure.invalid", "has the key `english`"),
            // Turtle shapes
            new Case("T19", "two-classes.ttl", x -> ttl("a\\s+opdl:Listing;", "a opdl:Listing, <https://schema.org/Course>;"), FINDINGS, null,
                    "opdl.convert.unmappable", "rdf-syntax-ns#type"),
            new Case("T20", "same-as.ttl", x -> ttl("a\\s+opdl:Listing;", "a opdl:Listing; " + sameAs + " <https://nsi-canada.ca/x>;"),
                    FINDINGS, null, "opdl.convert.unmappable", "owl#sameAs"),
            new Case("T21", "blank-listing.ttl", x -> ttl("<https://w3id.org/opdl/listing/nsi/producers-lab>\\s*\\n\\s*a", "[] a")
                    .replaceFirst("\\.\\s*$", "") + " .\n", FINDINGS, null, "opdl.structure.required", "`id`"),
            new Case("T22", "bad-integer.ttl", x -> ttl("opdl:places\\s+8", "opdl:places \"abc\"^^xsd:integer"), FINDINGS, null,
                    "opdl.convert.unmappable", "the value \"abc\" is not a whole number, which opdl:places takes"),
            new Case("T23", "decimal-places.ttl", x -> ttl("opdl:places\\s+8", "opdl:places 8.5"), FINDINGS, null,
                    "opdl.convert.unmappable", "the number 8.5 is written with a decimal point or an exponent"),
            new Case("T24", "email-lang.ttl", x -> ttl("\"labs@nsi-canada.ca\"", "\"labs@nsi-canada.ca\"@en"), OK, null,
                    "opdl.rdf.datatype", "rdf:langString"),
            new Case("T25", "bad-lang.ttl", x -> ttl("\"Producers Lab\"@en", "\"Producers Lab\"@en-"), FINDINGS, null,
                    "opdl.syntax.rdf", "the language tag after the @ here is not one a language can have", "line "),
            new Case("T26", "english-tag.ttl", x -> ttl("\"Producers Lab\"@en", "\"Producers Lab\"@english"), FINDINGS, null,
                    "opdl.structure.invalid", "has the key `english`"),
            new Case("T27", "two-titles.ttl", x -> ttl("opdl:deliveryMode", "opdl:title \"Producer Lab\"@en; opdl:deliveryMode"), FINDINGS,
                    null, "opdl.convert.unmappable", "two texts in the language \"en\""),
            new Case("T28", "feb-29.ttl", x -> ttl("\"2025-03-01\"\\^\\^xsd:date", "\"2025-02-29\"^^xsd:date"), FINDINGS, null,
                    "opdl.structure.format", "`2025-02-29`"),
            new Case("T29", "date-zone.ttl", x -> ttl("\"2025-03-01\"\\^\\^xsd:date", "\"2025-03-01Z\"^^xsd:date"), FINDINGS, null,
                    "opdl.structure.format", "`2025-03-01Z`"),
            new Case("T30", "typed-text.ttl", x -> ttl("\"Producers Lab\"@en", "\"Producers Lab\"^^xsd:date"), FINDINGS, null,
                    "opdl.convert.unmappable", "without a language tag"),
            new Case("T31", "base.ttl", x -> "@base <http://evil.example/> .\n" + x.changed("ttl",
                    t -> t.replace("<https://w3id.org/opdl/listing/nsi/producers-lab>", "<producers-lab>")), FINDINGS, null,
                    "opdl.structure.format", "`http://evil.example/producers-lab`"),
            // Dates at the edges
            new Case("D1", "year-zero.json", x -> json("\"startDate\":\"2025-04-07\"", "\"startDate\":\"0000-04-07\""), OK, null,
                    "opdl.dates.deadline-after-start", "0000-04-07"),
            new Case("D2", "leap-second.json", x -> json("\"2025-01-10T09:00:00-06:00\"", "\"9999-12-31T23:59:60Z\""), OK, null, "0 errors"),
            new Case("D3", "misplaced-leap-second.json", x -> json("\"2025-01-10T09:00:00-06:00\"", "\"2025-01-10T09:00:60Z\""), FINDINGS, null,
                    "opdl.structure.format", "/lastUpdated"),
            new Case("D4", "feb-29-2025.json", x -> json("\"startDate\":\"2025-04-07\"", "\"startDate\":\"2025-02-29\""), FINDINGS, null,
                    "opdl.structure.format", "`2025-02-29`"),
            new Case("D5", "feb-29-2100.json", x -> json("\"endDate\":\"2025-06-27\"", "\"endDate\":\"2100-02-29\""), FINDINGS, null,
                    "opdl.structure.format", "`2100-02-29`"),
            new Case("D6", "feb-29-2000.json", x -> json("\"applicationOpens\":\"2025-01-15\"", "\"applicationOpens\":\"2000-02-29\""), OK, null,
                    "0 errors"),
            new Case("D7", "offset-plus-14.json", x -> json("\"2025-01-10T09:00:00-06:00\"", "\"2025-01-10T09:00:00+14:00\""), OK, null, "0 errors"),
            new Case("D8", "offset-minus-12.json", x -> json("\"2025-01-10T09:00:00-06:00\"", "\"2025-01-10T09:00:00-12:00\""), OK, null, "0 errors"),
            new Case("D9", "lowercase-t.json", x -> json("\"2025-01-10T09:00:00-06:00\"", "\"2025-01-10t09:00:00z\""), FINDINGS, null,
                    "opdl.structure.format", "/lastUpdated")
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @DisplayName("each file gives the finding or error expected, with its place, and nothing is fetched")
    void each(Case c) throws IOException {
        c.check(r);
    }
}
