package org.opdl.cli.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.function.BiFunction;
import org.opdl.cli.output.Kind;

/**
 * The check, before a file is read, that it is a regular file: a folder, a device or a named pipe
 * nobody writes to would otherwise be read for ever or fail with the system's own words. The
 * attributes are read once; each caller words its refusals and chooses its exception.
 */
final class RegularFile {

    /** Why a path is refused. */
    enum Refusal {
        /** Nothing is there. */
        MISSING,
        /** Its attributes cannot be read, as when a folder on its path may not be entered. */
        UNREADABLE,
        /** A folder. */
        FOLDER,
        /** A device, a named pipe, a socket or another special file. */
        NOT_FILE
    }

    private RegularFile() {
    }

    /**
     * The attributes of {@code path}, once it is known to be a regular file.
     *
     * @param refuse what to throw for each refusal, given what the path is (null when missing or unreadable)
     */
    static BasicFileAttributes attributes(Path path, BiFunction<Refusal, Kind, ? extends RuntimeException> refuse) {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw refuse.apply(Refusal.MISSING, null);
        } catch (IOException e) {
            throw refuse.apply(Refusal.UNREADABLE, null);
        }
        if (!a.isRegularFile()) {
            throw refuse.apply(a.isDirectory() ? Refusal.FOLDER : Refusal.NOT_FILE, Kind.of(path, a));
        }
        return a;
    }
}
