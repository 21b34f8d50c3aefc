package org.opdl.cli.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opdl.cli.exit.InputException;
import org.opdl.cli.exit.UsageException;
import org.opdl.cli.output.Kind;
import org.opdl.model.text.Text;

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
     * read; {@code -} may appear once.
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
                    throw new UsageException(new Text("standard input (-) can be read only once",
                            "l'entrée standard (-) ne peut être lue qu'une fois"));
                }
                stdin = true;
                inputs.add(new Input(STDIN, null, -1));
            } else if (name.isEmpty()) {
                throw new UsageException(new Text("an input file name is empty (is a shell variable unset?); name a file",
                        "un nom de fichier d'entrée est vide (une variable du shell est-elle vide ?); nommez un fichier"));
            } else {
                Input input = file(name);
                String same = seen.putIfAbsent(identity(input.path()), name);
                if (same != null) {
                    throw new UsageException(new Text(same + " and " + name + " are the same file, whose listings would be "
                            + "read twice; name it once", same + " et " + name + " sont le même fichier, dont les fiches "
                            + "seraient lues deux fois; nommez-le une seule fois"));
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
            throw new InputException(new Text("cannot read " + name + ": its name cannot be written in the system's "
                    + "character set (is LC_ALL=C?); run with a UTF-8 locale such as LC_ALL=C.UTF-8",
                    "impossible de lire " + name + " : son nom ne peut pas s'écrire dans le jeu de caractères du système "
                    + "(LC_ALL=C ?); lancez avec une locale UTF-8 comme LC_ALL=C.UTF-8"));
        }
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new InputException(new Text("cannot read " + name + ": no such file", "impossible de lire " + name
                    + " : fichier introuvable"));
        } catch (IOException e) {
            throw unreadable(name);
        }
        if (a.isDirectory()) {
            throw new InputException(new Text("cannot read " + name + ": it is a folder, not a file; name the files in it, "
                    + "such as " + name + "/*.json", "impossible de lire " + name + " : c'est un dossier, pas un fichier; "
                    + "nommez les fichiers qu'il contient, comme " + name + "/*.json"));
        }
        if (!a.isRegularFile()) {
            Kind kind = Kind.of(path, a);
            throw new InputException(new Text("cannot read " + name + ": it is " + kind.en() + ", not a file; to read a "
                    + "stream, give - and redirect it: opdl … - < " + name, "impossible de lire " + name + " : c'est "
                    + kind.fr() + ", pas un fichier; pour lire un flux, donnez - et redirigez-le : opdl … - < " + name));
        }
        if (!Files.isReadable(path)) {
            throw unreadable(name);
        }
        return new Input(name, path, a.size());
    }

    private static InputException unreadable(String name) {
        return new InputException(new Text("cannot read " + name + ": permission denied",
                "impossible de lire " + name + " : permission refusée"));
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
