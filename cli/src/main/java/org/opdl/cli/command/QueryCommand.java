package org.opdl.cli.command;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.opdl.cli.exit.ExitCode;
import org.opdl.cli.exit.InputException;
import org.opdl.cli.exit.UsageException;
import org.opdl.cli.input.Input;
import org.opdl.cli.input.SideFile;
import org.opdl.cli.option.LangOption;
import org.opdl.cli.option.LimitsOption;
import org.opdl.cli.sparql.Endpoint;
import org.opdl.cli.sparql.QueryRunner;
import org.opdl.model.text.Lang;
import org.opdl.schema.convert.Conversion;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.WriteOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code opdl query}: runs a SPARQL query over listing files, with the vocabulary, or over a SPARQL store. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a SPARQL query over listing files (any format opdl reads), loaded in memory with the "
            + "standard's vocabulary, or over a SPARQL store with --endpoint.",
            "SERVICE clauses are refused unless --allow-service is given; the query stops after --timeout seconds."})
public final class QueryCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "QUERY.rq", description = "The file holding the query, or - for standard input.")
    private Path queryFile;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "FILE", description = "Listing files to query, or - for standard input.")
    private List<String> files = List.of();

    @Option(names = "--endpoint", paramLabel = "URL", description = "Query this SPARQL dataset instead: HTTPS, or HTTP to localhost.")
    private String endpoint;

    @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table",
            description = "How to write the results (default: ${DEFAULT-VALUE}).")
    private String format;

    @Option(names = "--timeout", paramLabel = "S", defaultValue = "30", description = "Seconds the query may run (default: ${DEFAULT-VALUE}).")
    private long timeout;

    @Option(names = "--allow-service", description = "Let SERVICE clauses send requests to the servers they name.")
    private boolean allowService;

    @Option(names = "--credentials", paramLabel = "FILE", description = "With --endpoint: a file holding one line user:password.")
    private Path credentials;

    @Option(names = "--from", paramLabel = "FORMAT", description = "The format of every FILE (default: from each file).")
    private String from;

    @Mixin
    private LangOption langOption;

    @Mixin
    private LimitsOption limitsOption;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Lang lang = langOption.lang();
        QueryRunner.Format shape;
        try {
            shape = QueryRunner.format(format);
        } catch (IllegalArgumentException e) {
            throw new UsageException(CommandMessages.QUERY_FORMAT_TAKES_TABLE.text(format));
        }
        if (timeout < 1) {
            throw new UsageException(CommandMessages.PUBLISH_TIMEOUT_TAKES_WHOLE.text());
        }
        if ((endpoint == null) == files.isEmpty()) {
            throw new UsageException(CommandMessages.QUERY_GIVE_EITHER_LISTING.text());
        }
        if (queryFile.toString().equals(Input.STDIN) && files.contains(Input.STDIN)) {
            throw new UsageException(CommandMessages.QUERY_STANDARD_INPUT_ONCE.text());
        }
        if (credentials != null && endpoint == null) {
            throw new UsageException(CommandMessages.QUERY_CREDENTIALS_WITHOUT_ENDPOINT.text());
        }
        if (queryFile.toString().equals(Input.STDIN) && credentials != null && credentials.toString().equals(Input.STDIN)) {
            throw new UsageException(CommandMessages.QUERY_CREDENTIALS_STANDARD_INPUT.text());
        }
        String text = SideFile.text(queryFile);
        Query query = QueryOrder.parse(queryFile.toString(), text, files, allowService);
        if (endpoint == null) {
            QueryRunner.refuseDatasetClauses(queryFile.toString(), text, query);
        }
        if (shape == QueryRunner.Format.csv && (query.isConstructType() || query.isDescribeType())) {
            throw new UsageException(CommandMessages.QUERY_GRAPH_NOT_CSV.text(queryFile.toString()));
        }
        ByteArrayOutputStream results = new ByteArrayOutputStream();
        if (endpoint != null) {
            Endpoint at = Endpoint.of(endpoint, credentials, System.getenv(), Duration.ofSeconds(timeout));
            QueryRunner.runRemote(queryFile.toString(), at, query, shape, results);
        } else {
            QueryRunner runner = new QueryRunner();
            // What the readers notice (a CSV's text marker, a normalised label) is said, as convert says it.
            Notes notes = new Notes(spec.commandLine().getErr(), lang);
            for (Input input : Input.of(files)) {
                runner.load(ntriples(input, notes));
            }
            notes.summary();
            runner.runLocal(queryFile.toString(), query, shape, timeout, allowService, results);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(results.toString(StandardCharsets.UTF_8));
        out.flush();
        return ExitCode.OK;
    }

    private byte[] ntriples(Input input, Notes notes) throws IOException {
        ByteArrayOutputStream nt = new ByteArrayOutputStream();
        try (InputStream raw = input.open(System.in); BufferedInputStream in = new BufferedInputStream(raw, 1 << 16)) {
            Conversion.run(input.name(), in, InputFormats.of(from, input.name(), in), limitsOption.limits(),
                    nt, InputFormats.named("nt"), WriteOptions.DEFAULT, notes);
        } catch (ReadException e) {
            notes.summary();
            throw new InputException(Notes.line(input.name(), e.location(), e.text(), e.fix()));
        }
        return nt.toByteArray();
    }
}
