package org.opdl.cli.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One uploaded file, written to the server's private directory while it is read and deleted when
 * closed, which the handlers do as soon as the response is sent. Reading stops at the size limit.
 */
final class Upload implements AutoCloseable {

    /** Thrown when the body is larger than the limit. */
    static final class TooLarge extends Exception {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super(null, null, false, false);
        }
    }

    private final Path file;
    private final String name;

    private Upload(Path file, String name) {
        this.file = file;
        this.name = name;
    }

    /**
     * Reads a request body into a new file of {@code dir}.
     *
     * @param name the file's name as the browser gave it, kept for the report only
     * @throws TooLarge when the body has more than {@code maxBytes} bytes; nothing is kept
     */
    static Upload read(Path dir, String name, InputStream body, long maxBytes) throws IOException, TooLarge {
        Path file = Files.createTempFile(dir, "upload-", ".part");
        boolean kept = false;
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            int n;
            while ((n = body.read(buffer)) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw new TooLarge();
                }
                out.write(buffer, 0, n);
            }
            kept = true;
        } finally {
            if (!kept) {
                Files.deleteIfExists(file);
            }
        }
        return new Upload(file, name);
    }

    Path file() {
        return file;
    }

    String name() {
        return name;
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
