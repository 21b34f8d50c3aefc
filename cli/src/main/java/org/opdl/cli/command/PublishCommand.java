package org.opdl.cli.command;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.opdl.cli.exit.ExitCode;
import org.opdl.cli.exit.InputException;
import org.opdl.cli.exit.UsageException;
import org.opdl.cli.input.Input;
import org.opdl.cli.option.ChatterOption;
import org.opdl.cli.option.LangOption;
import org.opdl.cli.option.InputOptions;
import org.opdl.cli.sparql.Background;
import org.opdl.cli.sparql.Endpoint;
import org.opdl.cli.sparql.ProviderGraphs;
import org.opdl.cli.sparql.Publisher;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Count;
import org.opdl.model.text.Lang;
import org.opdl.schema.format.DatasetSink;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ListingReader;
import org.opdl.schema.format.ReadException;
import org.opdl.validator.ValidationRun;
import org.opdl.validator.Validator;
import org.opdl.validator.report.Report;
import org.opdl.validator.report.TextRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code opdl publish}: validates a dataset and puts each provider's listings in its own graph of a SPARQL store. */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Publish listings to a SPARQL store with one SPARQL Update request: each provider's listings to "
            + "its own named graph (the provider's IRI), the standard's vocabulary to its own graph.",
            "The dataset is read once, validated as its graphs are written; with errors nothing is sent. Every graph is "
                + "replaced in one request, one transaction of the store, so a failure leaves them all as they were. Credentials come from OPDL_SPARQL_USER and OPDL_SPARQL_PASSWORD or --credentials."})
public final class PublishCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "DATASET", description = "The dataset's files (any format opdl reads), - for standard input; they make one dataset.")
    private List<String> files;

    @Option(names = "--to", required = true, paramLabel = "URL",
            description = "The dataset's address in the store, such as http://localhost:3030/opdl: HTTPS, or HTTP to localhost.")
    private String to;

    @Option(names = "--graph", paramLabel = "IRI", description = "Put every listing in this one graph instead of one graph per provider.")
    private String graph;

    @Option(names = "--replace", description = "Replace graphs that already hold triples (without it they are refused and nothing is sent).")
    private boolean replace;

    @Option(names = "--allow-errors", description = "Publish even when validation finds errors.")
    private boolean allowErrors;

    @Option(names = "--credentials", paramLabel = "FILE", description = "A file holding one line user:password (default: the environment).")
    private Path credentials;

    @Option(names = "--timeout", paramLabel = "S", defaultValue = "60",
            description = "Seconds each request to the store may take (default: ${DEFAULT-VALUE}).")
    private long timeout;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The date validation's date rules compare against (default: today).")
    private String asOf;

    @Mixin
    private LangOption langOption;

    @Mixin
    private InputOptions inputOptions;

    @Mixin
    private ChatterOption chatter;

    @Spec
    private CommandSpec spec;

    /** Why a file could not be read to its end, if one could not. */
    private InputException unread;

    @Override
    public Integer call() throws IOException {
        Lang lang = langOption.lang();
        if (timeout < 1) {
            throw new UsageException(CommandMessages.PUBLISH_TIMEOUT_TAKES_WHOLE.text());
        }
        if (credentials != null && credentials.toString().equals(Input.STDIN) && files.contains(Input.STDIN)) {
            throw new UsageException(CommandMessages.PUBLISH_CREDENTIALS_STANDARD_INPUT.text());
        }
        Endpoint endpoint = Endpoint.of(to, credentials, System.getenv(), Duration.ofSeconds(timeout));
        if (graph != null) {
            ProviderGraphs.graphIri(graph);
        }
        inputOptions.from();
        List<Input> inputs = Input.of(files);
        Limits limits = inputOptions.limits();
        PrintWriter err = spec.commandLine().getErr();
        try (ProviderGraphs split = new ProviderGraphs(InputFormats.named("nt"), graph); Background writer = new Background(split)) {
            Report report = readOnce(inputs, limits, writer);
            long errors = report.count(Severity.ERROR);
            if (errors > 0 && !allowErrors) {
                new TextRenderer(lang, false, 10).render(report, err);
                err.println(CommandMessages.PUBLISH_OPDL_NOTHING_SENT.text(endpoint, errors).in(lang));
                return ExitCode.FINDINGS;
            }
            List<ProviderGraphs.Part> parts = finish(writer, split);
            Publisher publisher = new Publisher(endpoint);
            publisher.probe();
            if (!replace) {
                List<String> full = publisher.nonEmpty(parts.stream().map(ProviderGraphs.Part::graph).toList());
                if (!full.isEmpty()) {
                    throw new InputException(CommandMessages.PUBLISH_NOTHING_SENT_ALREADY.text(endpoint, String.join(", ", full), full.size()));
                }
            }
            publisher.replace(parts);
            if (!chatter.quiet()) {
                for (ProviderGraphs.Part p : parts) {
                    err.println(CommandMessages.PUBLISH_OPDL_PUBLISHED_LISTING.text(new Count(p.listings()), p.graph()).in(lang));
                }
                err.println(CommandMessages.PUBLISH_OPDL_VOCABULARY_PUBLISHED.text(Publisher.vocabularyGraph(), endpoint).in(lang));
            }
            return ExitCode.OK;
        }
    }

    /**
     * Reads every file once: each listing is validated and, on another thread, written to its
     * graph's file. A file that cannot be read to its end is an error of the report, and stops the
     * publication even with --allow-errors, since part of it would be missing.
     */
    private Report readOnce(List<Input> inputs, Limits limits, Background writer) throws IOException {
        Validator validator = Validator.standard(ValidationSettings.of(asOf, "error", List.of(), 10, limits));
        try (ValidationRun run = validator.start()) {
            for (Input input : inputs) {
                try (InputStream raw = input.open(System.in); BufferedInputStream in = new BufferedInputStream(raw, 1 << 16)) {
                    ListingReader reader = inputOptions.format(input.name(), in).reader(limits);
                    run.file(input.name(), new ListingReader() {
                        @Override
                        public void read(String source, InputStream bytes, DatasetSink sink) throws IOException {
                            try {
                                reader.read(source, bytes, sink.andThen(writer));
                            } catch (ReadException e) {
                                unread = unread == null ? new InputException(Notes.line(source, e.location(), e.text(), e.fix())) : unread;
                                throw e;
                            }
                        }
                    }, in);
                }
            }
            return run.finish();
        }
    }

    private List<ProviderGraphs.Part> finish(Background writer, ProviderGraphs split) throws IOException {
        if (unread != null) {
            throw unread;
        }
        try {
            writer.finish();
            return split.finish();
        } catch (ReadException e) {
            // What RDF cannot hold as written (an organisation described two ways): nothing is sent.
            throw new InputException(Notes.line(e.location().source(), e.location(), e.text(), e.fix()));
        } catch (UncheckedIOException e) {
            throw new InputException(CommandMessages.PUBLISH_CANNOT_PREPARE_STORE.text(files.get(0), e.getCause().getMessage()));
        }
    }
}
