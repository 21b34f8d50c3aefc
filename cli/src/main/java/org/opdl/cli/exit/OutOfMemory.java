package org.opdl.cli.exit;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A run that has exhausted its heap, wherever the {@link OutOfMemoryError} surfaced: on the main
 * thread, wrapped by a library, attached to another exception (the JVM may throw one shared
 * instance twice, and a {@code try} with resources then refuses to suppress it into itself). The
 * main thread reports it once, in plain words.
 */
public final class OutOfMemory {

    private OutOfMemory() {
    }

    /**
     * The {@link OutOfMemoryError} behind {@code thrown}: itself, one of its causes or one of their
     * suppressed exceptions; {@code null} when there is none.
     */
    public static OutOfMemoryError behind(Throwable thrown) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        return search(thrown, seen);
    }

    private static OutOfMemoryError search(Throwable t, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return null;
        }
        if (t instanceof OutOfMemoryError oom) {
            return oom;
        }
        for (Throwable s : t.getSuppressed()) {
            OutOfMemoryError found = search(s, seen);
            if (found != null) {
                return found;
            }
        }
        return search(t.getCause(), seen);
    }
}
