package org.opdl.cli.serve;

import java.util.Objects;
import org.opdl.schema.format.Limits;

/**
 * How the local page runs.
 *
 * @param port the loopback port, or 0 to let the system choose
 * @param maxUploads how many uploads are worked on at once; more are refused politely
 * @param limits the limits each upload is read under, as on the command line
 */
public record ServeSettings(int port, int maxUploads, Limits limits) {

    /** Checks the port and the number of uploads. */
    public ServeSettings {
        Objects.requireNonNull(limits, "limits");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0 to 65535");
        }
        if (maxUploads < 1) {
            throw new IllegalArgumentException("maxUploads must be at least 1");
        }
    }
}
