package org.opdl.cli.input;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opdl.cli.exit.InputException;
import org.opdl.cli.exit.UsageException;

/**
 * One input of a command: a regular file, or standard input when its name is {@code -}.
 *
 * @param name the name as the user gave it, used in messages and locations
 * @param path the file, or null for standard input
 * @param size the file's size in bytes, or -1 when not known in advance
 */
public record Input(String name, Path path, long size) {

    /** The name that means standard input. */
    public static final String STDIN = "-";

    /**
     * The inputs named on the command line, each checked: it exists, is a regular file and can be
     * read; {@code -} may appear once, and only when standard input is open.
     *
     * @throws InputException naming the first input that cannot be read and what it is
     */
    public static List<Input> of(List<String> names) {
        List<Input> inputs = new ArrayList<>(names.size());
        Map<Object, String> seen = new HashMap<>();
        boolean stdin = false;
        for (String name : names) {
            if (name.equals(STDIN)) {
                if (stdin) {
                    throw new UsageException(InputMessages.INPUT_STANDARD_INPUT_CAN.text());
                }
                stdin = true;
                if (ClosedStandardInput.now()) {
                    throw new InputException(InputMessages.INPUT_STANDARD_INPUT_CLOSED.text());
                }
                inputs.add(new Input(STDIN, null, -1));
            } else if (name.isEmpty()) {
                throw new UsageException(InputMessages.INPUT_INPUT_FILE_NAME.text());
            } else {
                Input input = file(name);
                String same = seen.putIfAbsent(identity(input.path()), name);
                if (same != null) {
                    throw new UsageException(InputMessages.INPUT_SAME_FILE_WHOSE.text(same, name));
                }
                inputs.add(input);
            }
        }
        return inputs;
    }

    /** What tells a file apart from every other: its file key (device and inode) where known, else its real path. */
    private static Object identity(Path path) {
        try {
            Object key = Files.readAttributes(path, BasicFileAttributes.class).fileKey();
            return key != null ? key : path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    private static Input file(String name) {
        Path path;
        try {
            path = Path.of(name);
        } catch (InvalidPathException e) {
            throw new InputException(InputMessages.INPUT_CANNOT_READ_NAME.text(name));
        }
        BasicFileAttributes a = RegularFile.attributes(path, (why, kind) -> new InputException(switch (why) {
            case MISSING -> missing(name);
            case UNREADABLE -> InputMessages.INPUT_CANNOT_READ_PERMISSION.text(name);
            // "docs/examples/" as the shell completes a folder: the pattern shown keeps one slash.
            case FOLDER -> InputMessages.INPUT_CANNOT_READ_FOLDER.text(name, name.replaceAll("/+$", "") + "/*.json");
            case NOT_FILE -> InputMessages.INPUT_CANNOT_READ_NOT.text(name, kind.words());
        }));
        if (!Files.isReadable(path)) {
            throw unreadable(name);
        }
        return new Input(name, path, a.size());
    }

    /**
     * Why {@code name} names no file, when its name shows it: a pattern the shell passed as written,
     * having matched nothing, or a Windows path whose backslashes this system takes as part of a name.
     */
    private static org.opdl.model.text.Text missing(String name) {
        if (name.indexOf('*') >= 0 || name.indexOf('?') >= 0 || name.indexOf('[') >= 0) {
            return InputMessages.INPUT_CANNOT_READ_PATTERN.text(name);
        }
        if (name.indexOf('\\') >= 0 && File.separatorChar == '/') {
            String slashed = name.replace('\\', '/');
            if (Files.isRegularFile(Path.of(slashed))) {
                return InputMessages.INPUT_CANNOT_READ_BACKSLASH.text(name, slashed);
            }
        }
        return InputMessages.INPUT_CANNOT_READ_NO.text(name);
    }

    private static InputException unreadable(String name) {
        return new InputException(InputMessages.INPUT_CANNOT_READ_PERMISSION.text(name));
    }

    /** True for standard input. */
    public boolean stdin() {
        return path == null;
    }

    /**
     * Opens the input.
     *
     * @param stdin the process's standard input, used for {@code -}
     */
    public InputStream open(InputStream stdin) throws IOException {
        if (path == null) {
            return stdin;
        }
        try {
            return Files.newInputStream(path);
        } catch (AccessDeniedException e) {
            throw unreadable(name);
        }
    }
}
