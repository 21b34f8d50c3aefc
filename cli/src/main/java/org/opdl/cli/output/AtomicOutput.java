package org.opdl.cli.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.List;
import org.opdl.cli.exit.InputException;

/**
 * An output that appears whole or not at all. Call {@link #stream()}, write, then {@link #commit()};
 * {@link #close()} without a commit deletes the temporary file and leaves the target untouched.
 * A file target is checked first ({@link Destination}); at the commit a target that did not exist
 * is created without ever replacing a file that appeared meanwhile, and one that existed is
 * replaced only while it is still the file seen at the start.
 */
public final class AtomicOutput implements AutoCloseable {

    /** The name that means standard output, as in {@code -o -}. */
    public static final String STDOUT = "-";

    private final Destination target;
    private final PrintWriter stdout;
    private final Path temp;
    private OutputStream stream;
    private boolean committed;

    private AtomicOutput(Destination target, PrintWriter stdout, Path temp) {
        this.target = target;
        this.stdout = stdout;
        this.temp = temp;
    }

    /**
     * An output to {@code target}, or to {@code stdout} when {@code target} is null or {@code -}.
     *
     * @param inputs the input files, which the output may not be
     * @param force true to replace an existing regular file
     */
    public static AtomicOutput open(Path target, Collection<Path> inputs, boolean force, PrintWriter stdout)
            throws IOException {
        if (target == null || target.toString().equals(STDOUT)) {
            return new AtomicOutput(null, stdout, TempFiles.create(Path.of(System.getProperty("java.io.tmpdir"))));
        }
        Destination d = Destination.check(target, inputs, force);
        return new AtomicOutput(d, null, TempFiles.create(d.path().getParent()));
    }

    /** The stream to write to. */
    public OutputStream stream() throws IOException {
        if (stream == null) {
            stream = new BufferedOutputStream(TempFiles.stream(temp), 1 << 16);
        }
        return stream;
    }

    /** Makes the output appear: moves the file into place, or copies it to standard output. */
    public void commit() throws IOException {
        stream().close();
        if (target == null) {
            if (workbook(temp)) {
                throw new InputException(OutputMessages.ATOMIC_OUTPUT_WORKBOOK_STANDARD.text());
            }
            try (Reader r = Files.newBufferedReader(temp, StandardCharsets.UTF_8)) {
                r.transferTo(stdout);
            }
            StandardOutput.check(stdout);
        } else {
            place();
        }
        committed = true;
    }

    /**
     * True when the output is a workbook (a zip archive), which standard output, a stream of text,
     * cannot carry: it is refused whole rather than cut at its first byte that is not text.
     */
    private static boolean workbook(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }
    }

    private void place() throws IOException {
        if (!target.unchanged()) {
            throw changed();
        }
        if (target.existed()) {
            try {
                Files.move(temp, target.path(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new InputException(OutputMessages.ATOMIC_OUTPUT_CANNOT_REPLACE_ONE.text(target.shown()));
            }
        } else {
            boolean linked;
            try {
                // A hard link never replaces what is there: a file created meanwhile stays as it is.
                Files.createLink(target.path(), temp);
                linked = true;
            } catch (FileAlreadyExistsException e) {
                throw changed();
            } catch (UnsupportedOperationException | IOException e) {
                linked = false;
            }
            if (linked) {
                Files.delete(temp);
            } else {
                // A file system without hard links: a move that refuses an existing target.
                try {
                    Files.move(temp, target.path());
                } catch (FileAlreadyExistsException e) {
                    throw changed();
                }
            }
        }
        TempFiles.release(temp);
    }

    private InputException changed() {
        String s = target.shown();
        return new InputException(target.existed()
                ? OutputMessages.ATOMIC_OUTPUT_CHANGED_WHILE_OPDL.text(s)
                : OutputMessages.ATOMIC_OUTPUT_APPEARED_WHILE_OPDL.text(s));
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
                TempFiles.delete(temp);
            }
        }
    }
}
