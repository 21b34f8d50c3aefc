package org.opdl.cli.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.opdl.cli.exit.ExitCode;
import org.opdl.cli.exit.InputException;
import org.opdl.cli.exit.UsageException;
import org.opdl.model.text.Text;
import org.opdl.schema.artifact.Artifact;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code opdl schema}: prints or writes one published artifact of the standard, read from the jar. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print or write an artifact of the standard: json-schema, dataset-schema, context, vocabulary or shapes.")
public final class SchemaCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--artifact", required = true, paramLabel = "NAME",
            description = "json-schema, dataset-schema, context, vocabulary or shapes")
    private String artifact;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "write to FILE (replaced whole, never half-written) instead of standard output")
    private Path output;

    @Override
    public Integer call() {
        String names = String.join(", ", Artifact.cliNames());
        Artifact a = Artifact.named(artifact).orElseThrow(() -> new UsageException(new Text(
                "unknown artifact \"" + artifact + "\"; use one of: " + names,
                "artefact inconnu « " + artifact + " »; utilisez l'un de ceux-ci : " + names)));
        String text = a.text();
        if (output == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            write(output, text);
        }
        return ExitCode.OK;
    }

    /** Writes to a temporary file beside the target, then moves it into place. */
    private static void write(Path target, String text) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(temp);
            String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            throw new InputException(new Text(
                    "cannot write " + target + " (" + reason + "); check that its folder exists and is writable",
                    "impossible d'écrire " + target + " (" + reason + "); vérifiez que son dossier existe et est accessible en écriture"));
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // The write already failed; that is the error worth reporting.
            }
        }
    }
}
