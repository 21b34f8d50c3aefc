package org.opdl.cli.input;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * Tells whether standard input was closed when opdl started ({@code opdl validate - <&-}). The
 * system then gives its number to the first file the JVM opens, its own runtime image, and
 * reading {@code -} would read that file (and could crash the JVM). Known on Linux, where
 * {@code /proc/self/fd/0} names what standard input is; elsewhere it is taken as open.
 */
final class ClosedStandardInput {

    private static final Path STANDARD_INPUT = Path.of("/proc/self/fd/0");

    private ClosedStandardInput() {
    }

    /** True when this process's standard input is closed or taken by a file of the JVM's own. */
    static boolean now() {
        return closed(STANDARD_INPUT, Path.of(System.getProperty("java.home", "/nonexistent")), runningJar());
    }

    /**
     * True when {@code link}, the system's name of standard input, is missing (closed and not
     * reused) or points into {@code javaHome} or at {@code jar}: files no one pipes into opdl.
     */
    static boolean closed(Path link, Path javaHome, Path jar) {
        if (!Files.isDirectory(link.getParent())) {
            return false;
        }
        Path target;
        try {
            target = Files.readSymbolicLink(link);
        } catch (NoSuchFileException e) {
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
        if (!target.isAbsolute()) {
            return false;
        }
        Path file = target.normalize();
        return file.startsWith(javaHome.toAbsolutePath().normalize()) || jar != null && file.equals(jar);
    }

    private static Path runningJar() {
        try {
            CodeSource code = ClosedStandardInput.class.getProtectionDomain().getCodeSource();
            return code == null ? null : Path.of(code.getLocation().toURI()).toAbsolutePath().normalize();
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return null;
        }
    }
}
