package org.opdl.cli.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The temporary files of a run, removed by a shutdown hook when the run is stopped by SIGINT,
 * SIGTERM or SIGHUP (the JVM runs its hooks for all three). Names are short ({@code .opdl-} and
 * ten letters) so that a target name of the longest length a folder allows still has room beside
 * it, and files are created with the mode the umask gives, as any other program's.
 */
public final class TempFiles {

    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static volatile boolean hooked;

    private TempFiles() {
    }

    /** A new, empty temporary file in {@code dir}, registered for removal; {@link #stream} writes it. */
    public static Path create(Path dir) throws IOException {
        hook();
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve(".opdl-" + name() + ".tmp");
            try {
                // CREATE_NEW without attributes: mode 0666 less the umask, where createTempFile gives 0600.
                Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                LIVE.add(temp);
                return temp;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    /** A stream that writes {@code temp} from its start. */
    public static OutputStream stream(Path temp) throws IOException {
        return Files.newOutputStream(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** Removes {@code temp} if it is still there and forgets it. */
    public static void delete(Path temp) throws IOException {
        try {
            Files.deleteIfExists(temp);
        } finally {
            LIVE.remove(temp);
        }
    }

    /** Forgets {@code temp}, which has become the output itself. */
    public static void release(Path temp) {
        LIVE.remove(temp);
    }

    private static String name() {
        StringBuilder b = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            b.append(LETTERS.charAt(ThreadLocalRandom.current().nextInt(LETTERS.length())));
        }
        return b.toString();
    }

    private static void hook() {
        if (!hooked) {
            synchronized (TempFiles.class) {
                if (!hooked) {
                    Runtime.getRuntime().addShutdownHook(new Thread(TempFiles::removeAll, "opdl-temp-cleanup"));
                    hooked = true;
                }
            }
        }
    }

    private static void removeAll() {
        for (Path p : LIVE) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // Stopping anyway; a file that cannot be removed now cannot be reported either.
            }
        }
    }
}
