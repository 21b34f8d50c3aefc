package org.opdl.schema.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Keeps the JSON-LD processor's log lines off standard error and hands them to the reader. The
 * processor (titanium) logs, through java.util.logging, a value it is about to drop, such as a
 * language map holding {@code "@value"}; the reader turns that into an error with its place
 * instead of converting the listing without it.
 */
final class JsonLdLog {

    /** Held here: java.util.logging keeps loggers only weakly, and a new one would log again. */
    private static final Logger TITANIUM = Logger.getLogger("com.apicatalog");
    private static final ThreadLocal<List<String>> CAUGHT = new ThreadLocal<>();

    static {
        TITANIUM.setUseParentHandlers(false);
        TITANIUM.addHandler(new Handler() {
            private final SimpleFormatter format = new SimpleFormatter();

            @Override
            public void publish(LogRecord r) {
                List<String> caught = CAUGHT.get();
                if (caught != null && r.getLevel().intValue() >= Level.WARNING.intValue()) {
                    caught.add(format.formatMessage(r));
                }
            }

            @Override
            public void flush() {
                // Nothing is buffered.
            }

            @Override
            public void close() {
                // Nothing to release.
            }
        });
    }

    private JsonLdLog() {
    }

    /** Keeps the processor's log lines off standard error from now on (loading this class is enough). */
    static void quiet() {
        // The static initialiser did the work.
    }

    /** Starts catching the processor's warnings on this thread. */
    static void start() {
        CAUGHT.set(new ArrayList<>());
    }

    /** Stops catching, and gives what was caught since {@link #start()}. */
    static List<String> stop() {
        List<String> caught = CAUGHT.get();
        CAUGHT.remove();
        return caught == null ? List.of() : caught;
    }
}
