package org.opdl.cli.sparql;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.opdl.cli.exit.InputException;
import org.opdl.schema.artifact.Artifact;

/**
 * Runs one SPARQL query over listings loaded in memory with the standard's vocabulary, or over a
 * store, within a time limit. A query that names a {@code SERVICE} is refused unless allowed,
 * because the query engine would send a request to whatever address the clause names.
 */
public final class QueryRunner {

    /** How results are written. */
    public enum Format { table, csv, json }

    private static final Pattern SERVICE = Pattern.compile("(?i)\\bSERVICE\\s+(SILENT\\s+)?(<|\\?|\\$|[\\p{L}_][\\w.-]*:)");

    /** A dataset clause, FROM or FROM NAMED, with its address; JavaCC keeps no line for it. */
    private static final Pattern FROM = Pattern.compile("(?i)\\bFROM\\s+(?:NAMED\\s+)?(<[^>\\s]*>|[\\p{L}_][\\w.-]*:[\\w.-]*)");

    private final Dataset store = DatasetFactory.createTxnMem();

    /** A runner over an in-memory dataset that holds the standard's vocabulary. */
    public QueryRunner() {
        try (InputStream in = QueryRunner.class.getClassLoader().getResourceAsStream(Artifact.VOCABULARY.resource())) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(store.asDatasetGraph().getDefaultGraph());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds N-Triples to the in-memory dataset's default graph. */
    public void load(byte[] ntriples) {
        RDFParser.fromString(new String(ntriples, StandardCharsets.UTF_8), Lang.NTRIPLES).parse(store.asDatasetGraph().getDefaultGraph());
    }

    /**
     * The query in {@code text}, from the file {@code name}.
     *
     * @throws InputException naming the line and column of a syntax error, a nesting too deep to parse, or the
     *     SERVICE clause refused
     */
    public static Query parse(String name, String text, boolean allowService) {
        Query query;
        try {
            query = QueryFactory.create(text, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            if (e.getCause() instanceof StackOverflowError) {
                throw new InputException(SparqlMessages.QUERY_RUNNER_TOO_DEEP.text(name));
            }
            SparqlSyntax error = SparqlSyntax.of(e.getMessage(), e.getLine(), e.getColumn(), text);
            throw new InputException(error.line() > 0
                    ? SparqlMessages.QUERY_RUNNER_LINE_COLUMN_FIX.text(name, error.line(), error.column(), error.words())
                    : SparqlMessages.QUERY_RUNNER_FIX.text(name, error.words()));
        }
        if (!allowService && SERVICE.matcher(query.toString()).find()) {
            throw new InputException(SparqlMessages.QUERY_RUNNER_SERVICE_CLAUSE_WOULD.text(name));
        }
        return query;
    }

    /**
     * Refuses a query with {@code FROM} or {@code FROM NAMED} run over files: the files are loaded into one
     * default graph and no address is read, so such a query would find nothing, without a word.
     *
     * @throws InputException naming the line of the first dataset clause and the graph it names
     */
    public static void refuseDatasetClauses(String name, String text, Query query) {
        if (query.getGraphURIs().isEmpty() && query.getNamedGraphURIs().isEmpty()) {
            return;
        }
        String graph = query.getGraphURIs().isEmpty() ? query.getNamedGraphURIs().get(0) : query.getGraphURIs().get(0);
        Matcher clause = FROM.matcher(text);
        int line = 1;
        if (clause.find()) {
            line += (int) text.substring(0, clause.start()).chars().filter(c -> c == '\n').count();
        }
        throw new InputException(SparqlMessages.QUERY_RUNNER_DATASET_CLAUSE.text(name, line, "<" + graph + ">"));
    }

    /** Runs {@code query} over the in-memory dataset and writes its results to {@code out}. */
    public void runLocal(String name, Query query, Format format, long timeoutSeconds, boolean allowService, OutputStream out)
            throws IOException {
        try (QueryExecution exec = QueryExecution.dataset(store).query(query)
                .set(ARQ.httpServiceAllowed, allowService)
                .timeout(timeoutSeconds, TimeUnit.SECONDS).build()) {
            write(exec, query, format, out);
        } catch (QueryCancelledException e) {
            throw overTime(name, timeoutSeconds);
        }
    }

    /** Runs {@code query} at {@code endpoint} and writes its results to {@code out}. */
    public static void runRemote(String name, Endpoint endpoint, Query query, Format format, OutputStream out) {
        byte[] bytes = endpoint.call(() -> {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            try (RDFConnection c = endpoint.connect();
                    QueryExecution exec = c.newQuery().query(query)
                            .timeout(endpoint.timeout().toSeconds(), TimeUnit.SECONDS).build()) {
                write(exec, query, format, buffer);
            } catch (QueryCancelledException e) {
                throw overTime(name, endpoint.timeout().toSeconds());
            }
            return buffer.toByteArray();
        });
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputException overTime(String name, long seconds) {
        return new InputException(SparqlMessages.QUERY_RUNNER_RAN_LONGER_THAN.text(name, seconds));
    }

    private static void write(QueryExecution exec, Query query, Format format, OutputStream out) throws IOException {
        if (query.isSelectType()) {
            switch (format) {
                case csv -> ResultSetFormatter.outputAsCSV(out, exec.execSelect());
                case json -> ResultSetFormatter.outputAsJSON(out, exec.execSelect());
                default -> ResultSetFormatter.out(out, exec.execSelect(), query.getPrologue());
            }
        } else if (query.isAskType()) {
            boolean answer = exec.execAsk();
            switch (format) {
                case csv -> ResultSetFormatter.outputAsCSV(out, answer);
                case json -> ResultSetFormatter.outputAsJSON(out, answer);
                default -> out.write((answer + "\n").getBytes(StandardCharsets.UTF_8));
            }
        } else {
            Model m = query.isConstructType() ? exec.execConstruct() : exec.execDescribe();
            RDFDataMgr.write(out, m, format == Format.json ? Lang.JSONLD : Lang.TURTLE);
        }
        out.flush();
    }

    /** The format named {@code name}, any case. */
    public static Format format(String name) {
        return Format.valueOf(name.toLowerCase(Locale.ROOT));
    }
}
