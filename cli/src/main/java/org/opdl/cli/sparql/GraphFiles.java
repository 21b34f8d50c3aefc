package org.opdl.cli.sparql;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The files of many graphs written at once with few files open: each file is a stream that opens
 * itself (appending) when written to, and the least recently written is closed when more than
 * {@link #OPEN} are open, so that a dataset with thousands of providers stays under the system's
 * limit on open files.
 */
final class GraphFiles {

    /** The most files open at once. */
    static final int OPEN = 64;

    private final Map<Reopening, Boolean> open = new LinkedHashMap<>(16, 0.75f, true);

    /** A stream onto {@code file}, created empty now. */
    OutputStream stream(Path file) throws IOException {
        Files.newOutputStream(file).close();
        return new Reopening(file);
    }

    private final class Reopening extends OutputStream {
        private final Path file;
        private OutputStream out;

        Reopening(Path file) {
            this.file = file;
        }

        private OutputStream out() throws IOException {
            if (out == null) {
                if (open.size() >= OPEN) {
                    Reopening eldest = open.keySet().iterator().next();
                    eldest.close();
                }
                out = Files.newOutputStream(file, StandardOpenOption.APPEND);
            }
            open.put(this, Boolean.TRUE);
            return out;
        }

        @Override
        public void write(int b) throws IOException {
            out().write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out().write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            if (out != null) {
                open.remove(this);
                OutputStream o = out;
                out = null;
                o.close();
            }
        }
    }
}
