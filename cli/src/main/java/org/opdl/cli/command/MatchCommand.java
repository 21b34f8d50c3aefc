package org.opdl.cli.command;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.opdl.cli.exit.ExitCode;
import org.opdl.cli.exit.InputException;
import org.opdl.cli.exit.UsageException;
import org.opdl.cli.input.Input;
import org.opdl.cli.input.SideFile;
import org.opdl.cli.option.ChatterOption;
import org.opdl.cli.option.LangOption;
import org.opdl.cli.option.LimitsOption;
import org.opdl.model.definition.StandardDefinition;
import org.opdl.model.text.Lang;
import org.opdl.model.text.Text;
import org.opdl.schema.format.Format;
import org.opdl.schema.format.ParallelSink;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.SourceRecord;
import org.opdl.validator.match.MatchFields;
import org.opdl.validator.match.MatchJson;
import org.opdl.validator.match.MatchText;
import org.opdl.validator.match.Matcher;
import org.opdl.validator.match.Matches;
import org.opdl.validator.match.Profile;
import org.opdl.validator.match.ProfileReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

/** {@code opdl match}: the programs of a dataset that fit a producer's profile, ranked, with reasons. */
@Command(name = "match", mixinStandardHelpOptions = true,
        description = {"Find the programs of a dataset that fit a producer's profile, ranked, each with its reasons: "
                + "fits, does not fit (and why), or unknown when the listing does not say. Near misses are listed apart.",
            "Closed programs and passed deadlines are left out unless --include-closed. Exit 2 for an impossible profile, "
                + "3 for a dataset that cannot be read, is empty or is of another version."})
public final class MatchCommand implements Callable<Integer> {

    @Option(names = "--profile", required = true, paramLabel = "PROFILE",
            description = "The producer's profile, a JSON file (or - for standard input): completedWorks, credits, yearsOfPractice, region, languages, "
                    + "and optionally workRegion, targetGroups, budget, age, date.")
    private Path profilePath;

    @Parameters(arity = "1..*", paramLabel = "DATASET", description = "The dataset files (any format opdl reads), or - for standard input.")
    private List<String> files;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "The output format: text or json (default: ${DEFAULT-VALUE}).")
    private String format;

    @Option(names = "--include-closed", description = "Also match closed and discontinued programs and those whose deadlines have passed.")
    private boolean includeClosed;

    @Option(names = "--all", description = "List every program: all that fit and all near misses, not only the first --limit, "
            + "then every program that does not fit, each with its reasons.")
    private boolean all;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "In text, list the first N programs that fit and the first N near misses, and count the others "
                    + "(default: ${DEFAULT-VALUE}). --format json always gives them all.")
    private int limit;

    @Mixin
    private LangOption langOption;

    @Mixin
    private LimitsOption limitsOption;

    @Mixin
    private ChatterOption chatter;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Lang lang = langOption.lang();
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException(CommandMessages.MATCH_FORMAT_MUST_TEXT.text(format));
        }
        if (limit < 0) {
            throw new UsageException(CommandMessages.MATCH_LIMIT_NEGATIVE.text(limit));
        }
        if (profilePath.toString().equals(Input.STDIN) && files.contains(Input.STDIN)) {
            throw new UsageException(CommandMessages.MATCH_STANDARD_INPUT_ONCE.text());
        }
        Profile profile = profile();
        Matcher matcher = new Matcher(profile, includeClosed, all);
        String expected = StandardDefinition.version();
        // Matching reads what it can, but a cell a reader left out (an unknown heading) could make a program fit wrongly: said.
        // What a reader changed on the way (a guessed encoding, a formula-like cell) is said too, as convert and merge say it.
        Notes notes = new Notes(spec.commandLine().getErr(), lang, chatter.quiet(), () -> { });
        for (Input input : Input.of(files)) {
            try (InputStream raw = input.open(System.in); BufferedInputStream in = new BufferedInputStream(raw, 1 << 16)) {
                Format f = InputFormats.of(null, input.name(), in);
                // Each listing is judged on the thread that parsed it; this thread keeps the judgements in file order.
                f.reader(limitsOption.limits()).keeping(MatchFields.NAMES).read(input.name(), in, new ParallelSink<Matcher.Judgement>() {
                    @Override
                    public void dataset(ObjectNode fields) {
                        String version = fields.path("standardVersion").asString("");
                        if (!version.isEmpty() && !version.equals(expected)) {
                            throw new InputException(CommandMessages.MATCH_DATASET_OPDL_OPDL.text(input.name(), version, expected));
                        }
                    }

                    @Override
                    public Matcher.Judgement prepare(SourceRecord record) {
                        return matcher.judge(record.listing());
                    }

                    @Override
                    public void record(SourceRecord record, Matcher.Judgement judged) {
                        record.notes().forEach(notes);
                        matcher.keep(judged);
                    }

                    @Override
                    public void note(org.opdl.model.finding.Finding finding) {
                        notes.accept(finding);
                    }
                });
            } catch (ReadException e) {
                throw new InputException(Notes.line(input.name(), e.location(), e.text(), e.fix()));
            }
        }
        notes.summary();
        Matches m = matcher.matches();
        if (m.read() == 0) {
            throw new InputException(CommandMessages.MATCH_HOLDS_NO_LISTING.text(String.join(", ", files)));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            MatchJson.write(m, lang, out);
        } else {
            MatchText.write(m, lang, out, all ? MatchText.ALL : limit);
        }
        out.flush();
        return ExitCode.OK;
    }

    private Profile profile() {
        byte[] bytes = SideFile.bytes(profilePath);
        try {
            return ProfileReader.read(bytes, LocalDate.now());
        } catch (ProfileReader.ProfileException e) {
            Text problems = new Text(e.problems().stream().map(Text::en).collect(Collectors.joining("; ")),
                    e.problems().stream().map(Text::fr).collect(Collectors.joining("; ")));
            throw new UsageException(CommandMessages.MATCH_PROFILE_CANNOT_MATCHED.text(profilePath, problems));
        }
    }
}
