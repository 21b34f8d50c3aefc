package org.opdl.cli.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.opdl.cli.exit.InputException;
import org.opdl.cli.exit.UsageException;
import org.opdl.model.text.Text;

/**
 * An output that appears whole or not at all. Call {@link #stream()}, write, then {@link #commit()};
 * {@link #close()} without a commit deletes the temporary file and leaves the target untouched.
 */
public final class AtomicOutput implements AutoCloseable {

    private final Path target;
    private final PrintWriter stdout;
    private final Path temp;
    private OutputStream stream;
    private boolean committed;

    private AtomicOutput(Path target, PrintWriter stdout, Path temp) {
        this.target = target;
        this.stdout = stdout;
        this.temp = temp;
    }

    /**
     * An output to {@code target}, or to {@code stdout} when {@code target} is null.
     *
     * @param input the input file, which the output may not be (null for standard input)
     * @param force true to replace an existing target
     */
    public static AtomicOutput open(Path target, Path input, boolean force, PrintWriter stdout) throws IOException {
        if (target == null) {
            return new AtomicOutput(null, stdout, Files.createTempFile("opdl-", ".out"));
        }
        Path abs = target.toAbsolutePath().normalize();
        if (input != null && (abs.equals(input.toAbsolutePath().normalize())
                || (Files.exists(abs) && Files.exists(input) && Files.isSameFile(abs, input)))) {
            throw new UsageException(new Text("the output " + target + " is the input file; choose another -o",
                    "la sortie " + target + " est le fichier d'entrée; choisissez un autre -o"));
        }
        if (Files.exists(abs) && !force) {
            throw new UsageException(new Text(target + " already exists; add --force to replace it",
                    target + " existe déjà; ajoutez --force pour le remplacer"));
        }
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new InputException(new Text("the folder of " + target + " does not exist", "le dossier de " + target + " n'existe pas"));
        }
        return new AtomicOutput(abs, null, Files.createTempFile(dir, "." + abs.getFileName() + "-", ".tmp"));
    }

    /** The stream to write to. */
    public OutputStream stream() throws IOException {
        if (stream == null) {
            stream = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
        }
        return stream;
    }

    /** Makes the output appear: moves the file into place, or copies it to standard output. */
    public void commit() throws IOException {
        stream().close();
        if (target == null) {
            try (Reader r = Files.newBufferedReader(temp, StandardCharsets.UTF_8)) {
                r.transferTo(stdout);
            }
            stdout.flush();
        } else {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
                throw new InputException(new Text("cannot replace " + target + " in one step; nothing was written",
                        "impossible de remplacer " + target + " en une étape; rien n'a été écrit"));
            }
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        try {
            if (stream != null) {
                stream.close();
            }
        } finally {
            // Even when closing fails (a full disk fails the last flush), the temporary file goes.
            if (!committed || target == null) {
                Files.deleteIfExists(temp);
            }
        }
    }
}
