package org.opdl.schema.xlsx;

/**
 * Keeps POI quiet. POI logs through the Log4j API, which with no logging backend on the class
 * path prints a complaint about it on standard error; opdl reports through findings instead, so
 * the API's own status messages and its fallback logger are turned off unless the user set them.
 */
final class Poi {

    static {
        quietProperty("log4j2.statusLoggerLevel");
        quietProperty("log4j2.simplelogLevel");
    }

    private Poi() {
    }

    /** Runs the static set-up once; call before the first use of POI. */
    static void quiet() {
        // The work is done by the class's static initialiser.
    }

    private static void quietProperty(String name) {
        if (System.getProperty(name) == null) {
            System.setProperty(name, "OFF");
        }
    }
}
