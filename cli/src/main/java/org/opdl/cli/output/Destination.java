package org.opdl.cli.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Collection;
import java.util.Objects;
import org.opdl.cli.exit.InputException;
import org.opdl.cli.exit.UsageException;

/**
 * An output file as it was when the run started: absent, or a regular file with its identity
 * (file key) and time of last change. Only a regular file or a new path can be an output; a named
 * pipe, a device such as {@code /dev/null}, a folder or a symbolic link is refused, with or without
 * {@code --force}. When the output is moved into place, {@link #unchanged} tells whether what is
 * there now is still what was seen at the start.
 *
 * @param path the output, absolute
 * @param shown the output as the user gave it, for messages
 * @param existed true when a regular file was there at the start
 * @param key the file's identity at the start, or null
 * @param modified the file's time of last change at the start, or null
 */
public record Destination(Path path, String shown, boolean existed, Object key, FileTime modified) {

    /**
     * Checks an output path before anything is written.
     *
     * @param target the output as given
     * @param inputs the inputs, none of which the output may be
     * @param force true when the user allows a regular file to be replaced
     */
    public static Destination check(Path target, Collection<Path> inputs, boolean force) throws IOException {
        String shown = target.toString();
        if (shown.isEmpty()) {
            // Path.of("") is the current folder; an empty name is a mistake (an unset shell variable), not a folder.
            throw new UsageException(OutputMessages.DESTINATION_OUTPUT_FILE_NAME.text());
        }
        Path abs = target.toAbsolutePath().normalize();
        for (Path input : inputs) {
            if (abs.equals(input.toAbsolutePath().normalize())
                    || Files.exists(abs) && Files.exists(input) && Files.isSameFile(abs, input)) {
                throw new UsageException(OutputMessages.DESTINATION_OUTPUT_INPUT_FILE.text(shown));
            }
        }
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(abs, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            Path dir = abs.getParent();
            if (dir == null || !Files.isDirectory(dir)) {
                throw new InputException(OutputMessages.DESTINATION_FOLDER_DOES_NOT.text(shown));
            }
            return new Destination(abs, shown, false, null, null);
        }
        if (!a.isRegularFile()) {
            Kind kind = Kind.of(abs, a);
            throw new InputException(OutputMessages.DESTINATION_NOT_FILE_OPDL.text(shown, kind.words()));
        }
        if (!force) {
            throw new UsageException(OutputMessages.DESTINATION_ALREADY_EXISTS_ADD.text(shown));
        }
        return new Destination(abs, shown, true, a.fileKey(), a.lastModifiedTime());
    }

    /** True when the path holds what it held at the start: the same regular file unchanged, or still nothing. */
    public boolean unchanged() throws IOException {
        BasicFileAttributes now;
        try {
            now = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return !existed;
        }
        return existed && now.isRegularFile() && Objects.equals(key, now.fileKey()) && modified.equals(now.lastModifiedTime());
    }
}
