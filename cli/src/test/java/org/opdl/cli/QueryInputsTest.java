package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opdl.cli.exit.ExitCode;

/**
 * U49, B34, B35 and B38: what {@code opdl query} and {@code opdl match} are given in place of a query or
 * a profile: a query that names its graphs with {@code FROM}, a query or a profile piped in on
 * standard input, and a listing file given where the query goes.
 */
@DisplayName("The query and the profile of opdl query and opdl match")
class QueryInputsTest {

    private static final String MID_CAREER = """
            PREFIX opdl: <https://w3id.org/opdl/ns#>
            PREFIX stage: <https://w3id.org/opdl/vocab/career-stage/>
            SELECT ?listing WHERE { ?listing opdl:careerStage stage:mid-career }
            """;

    @TempDir
    Path dir;

    private static Path example(String name) {
        return Path.of(System.getProperty("opdl.root"), "docs", "examples", name);
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    private static Cli withStandardInput(String text, String... args) {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
            return Cli.run(args);
        } finally {
            System.setIn(stdin);
        }
    }

    /** U49: before, exit 0 and an empty table, the graph named by FROM being empty and no word said. */
    @Nested
    @DisplayName("a query over files that names its graphs with FROM")
    class DatasetClause {

        @Test
        @DisplayName("is refused at the clause's line, naming the graph, reading nothing from the address")
        void from() throws Exception {
            Path q = write("from.rq", "PREFIX opdl: <https://w3id.org/opdl/ns#>\n"
                    + "SELECT ?listing\nFROM <https://data.example.org/listings.ttl>\nWHERE { ?listing opdl:title ?title }\n");
            Cli r = Cli.run("query", q.toString(), example("cmpa-star-webinars.json").toString());
            assertThat(r.code()).isEqualTo(ExitCode.INPUT);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).contains("from.rq line 3: the query reads the graph <https://data.example.org/listings.ttl> with FROM")
                    .contains("remove the FROM and FROM NAMED lines to query the files");
        }

        @Test
        @DisplayName("with FROM NAMED is refused too, in French in a French run")
        void fromNamedInFrench() throws Exception {
            Path q = write("named.rq", "SELECT ?g ?s FROM NAMED <https://data.example.org/cmpa> WHERE { GRAPH ?g { ?s ?p ?o } }\n");
            Cli r = Cli.run("query", q.toString(), example("cmpa-star-webinars.json").toString(), "--lang", "fr");
            assertThat(r.code()).isEqualTo(ExitCode.INPUT);
            assertThat(r.err()).contains("named.rq ligne 1 : la requête lit le graphe <https://data.example.org/cmpa> avec FROM")
                    .contains("retirez les lignes FROM et FROM NAMED");
        }

        @Test
        @DisplayName("without FROM, over the same file, finds the listing")
        void withoutFrom() throws Exception {
            Path q = write("plain.rq", "PREFIX opdl: <https://w3id.org/opdl/ns#>\n"
                    + "SELECT ?listing WHERE { ?listing opdl:title ?title }\n");
            Cli r = Cli.run("query", q.toString(), example("cmpa-star-webinars.json").toString(), "--format", "csv");
            assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
            assertThat(r.out()).contains("https://w3id.org/opdl/listing/cmpa/star-producer-program");
        }
    }

    /** B34: before, "cannot read -: no such file", exit 3, for a query or a profile piped in. */
    @Nested
    @DisplayName("standard input given as the query or the profile")
    class StandardInput {

        @Test
        @DisplayName("holds the query, the listings being files")
        void queryPipedIn() {
            Cli r = withStandardInput(MID_CAREER, "query", "-", example("hot-docs-incubator.json").toString(), "--format", "csv");
            assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
            assertThat(r.out()).startsWith("listing").contains("https://w3id.org/opdl/listing/");
        }

        @Test
        @DisplayName("holds the profile of opdl match, the dataset being a file")
        void profilePipedIn() {
            Cli r = withStandardInput("{\"completedWorks\": 3, \"credits\": 2, \"yearsOfPractice\": 6, \"region\": \"ON\", \"languages\": [\"en\"]}",
                    "match", "--profile", "-", example("hot-docs-incubator.json").toString(), "--format", "json");
            assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
            assertThat(r.err()).doesNotContain("cannot read");
        }

        @Test
        @DisplayName("given for the query and the listings too is a usage error that says which it holds, in both languages")
        void givenTwice() {
            Cli query = withStandardInput(MID_CAREER, "query", "-", "-");
            assertThat(query.code()).isEqualTo(ExitCode.USAGE);
            assertThat(query.err()).contains("standard input (-) can be read only once, and here it holds the query");
            Cli profile = withStandardInput("{}", "match", "--profile", "-", "-", "--lang", "fr");
            assertThat(profile.code()).isEqualTo(ExitCode.USAGE);
            assertThat(profile.err()).contains("l'entrée standard (-) ne peut être lue qu'une fois, et elle contient ici le profil");
        }
    }

    /** B35: before, exit 3, "l.json line 1, column 1: Encountered " "{" "{ ""; fix the query there", the parser's English in French too. */
    @Nested
    @DisplayName("a listing file given where the query goes")
    class WrongOrder {

        @Test
        @DisplayName("is told as files in the wrong order, with the command written the right way, in both languages")
        void listingsFirst() throws Exception {
            Path q = write("mid-career.rq", MID_CAREER);
            String listings = example("hot-docs-incubator.json").toString();
            Cli en = Cli.run("query", listings, q.toString());
            assertThat(en.code()).isEqualTo(ExitCode.USAGE);
            assertThat(en.err()).contains(listings + " is a listing file, not a SPARQL query: opdl query takes the query first, "
                    + "then the listing files, as in opdl query " + q + " " + listings).doesNotContain("Encountered");
            Cli fr = Cli.run("query", listings, q.toString(), "--lang", "fr");
            assertThat(fr.err()).contains("est un fichier de fiches, pas une requête SPARQL : opdl query prend d'abord la requête")
                    .doesNotContain("Encountered");
        }

        @Test
        @DisplayName("keeps the syntax error of a query file that does not parse")
        void queryFileKeepsItsError() throws Exception {
            Path q = write("broken.rq", "SELECT ?s WHERE { ?s ?p }\n");
            Cli r = Cli.run("query", q.toString(), example("hot-docs-incubator.json").toString());
            assertThat(r.code()).isEqualTo(ExitCode.INPUT);
            assertThat(r.err()).contains("broken.rq line 1").contains("fix the query there");
        }
    }

    /** B38: before, --credentials was read from standard input after the query, or ignored without a word with no --endpoint. */
    @Nested
    @DisplayName("credentials given with standard input or without a store")
    class Credentials {

        @Test
        @DisplayName("from standard input that holds the query are a usage error, before anything is read or sent, in both languages")
        void queryAndCredentialsPipedIn() {
            Cli en = withStandardInput(MID_CAREER, "query", "-", "--credentials", "-", "--endpoint", "http://localhost:9/opdl");
            assertThat(en.code()).isEqualTo(ExitCode.USAGE);
            assertThat(en.err()).contains("standard input (-) can be read only once, and here it holds the query; "
                    + "give the credentials in a file, or set OPDL_SPARQL_USER and OPDL_SPARQL_PASSWORD");
            Cli fr = withStandardInput(MID_CAREER, "query", "-", "--credentials", "-", "--endpoint", "http://localhost:9/opdl", "--lang", "fr");
            assertThat(fr.code()).isEqualTo(ExitCode.USAGE);
            assertThat(fr.err()).contains("l'entrée standard (-) ne peut être lue qu'une fois, et elle contient ici la requête; "
                    + "donnez les identifiants dans un fichier");
        }

        @Test
        @DisplayName("from standard input that holds the listings of opdl publish are a usage error, nothing sent")
        void publishListingsAndCredentialsPipedIn() {
            Cli r = withStandardInput("{}", "publish", "-", "--credentials", "-", "--to", "http://localhost:9/opdl");
            assertThat(r.code()).isEqualTo(ExitCode.USAGE);
            assertThat(r.err()).contains("standard input (-) can be read only once, and here it holds the listings");
        }

        @Test
        @DisplayName("without --endpoint, over files, are a usage error saying what --credentials is for, in both languages")
        void withoutEndpoint() throws Exception {
            Path q = write("stages.rq", MID_CAREER);
            Path secret = write("secret.txt", "coordinator:s3cret\n");
            Cli en = Cli.run("query", q.toString(), example("hot-docs-incubator.json").toString(), "--credentials", secret.toString());
            assertThat(en.code()).isEqualTo(ExitCode.USAGE);
            assertThat(en.out()).isEmpty();
            assertThat(en.err()).contains("--credentials goes with --endpoint, for a store that asks who you are, "
                    + "and here the listing files are queried on this machine; remove --credentials, or give --endpoint URL instead of the files");
            Cli fr = Cli.run("query", q.toString(), example("hot-docs-incubator.json").toString(), "--credentials", secret.toString(), "--lang", "fr");
            assertThat(fr.err()).contains("--credentials va avec --endpoint");
        }
    }
}
