package org.opdl.cli.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.opdl.cli.exit.ExitCode;
import org.opdl.cli.exit.InputException;
import org.opdl.cli.exit.UsageException;
import org.opdl.cli.option.LangOption;
import org.opdl.cli.output.AtomicOutput;
import org.opdl.cli.output.StandardOutput;
import org.opdl.schema.artifact.Artifact;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code opdl schema}: prints or writes one published artifact of the standard, read from the jar. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print or write an artifact of the standard: json-schema, dataset-schema, context, vocabulary, vocabulary-jsonld or shapes.")
public final class SchemaCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--artifact", required = true, paramLabel = "NAME",
            description = "json-schema, dataset-schema, context, vocabulary, vocabulary-jsonld or shapes")
    private String artifact;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "write to FILE (never half-written; an existing file needs --force) instead of standard output (-)")
    private Path output;

    @Option(names = "--force", description = "Replace FILE if it is a regular file that exists.")
    private boolean force;

    /** The language of messages; the artifacts themselves hold both languages. */
    @Mixin
    private LangOption langOption;

    @Override
    public Integer call() throws IOException {
        langOption.lang();
        String names = String.join(", ", Artifact.cliNames());
        Artifact a = Artifact.named(artifact).orElseThrow(() -> new UsageException(CommandMessages.SCHEMA_UNKNOWN_ARTIFACT_USE.text(artifact, names)));
        String text = a.text();
        if (output == null || output.toString().equals(AtomicOutput.STDOUT)) {
            spec.commandLine().getOut().print(text);
            StandardOutput.check(spec.commandLine().getOut());
            return ExitCode.OK;
        }
        try (AtomicOutput out = AtomicOutput.open(output, List.of(), force, spec.commandLine().getOut())) {
            out.stream().write(text.getBytes(StandardCharsets.UTF_8));
            out.commit();
        } catch (IOException e) {
            String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            throw new InputException(CommandMessages.SCHEMA_CANNOT_WRITE_NOTHING.text(output, reason));
        }
        return ExitCode.OK;
    }
}
