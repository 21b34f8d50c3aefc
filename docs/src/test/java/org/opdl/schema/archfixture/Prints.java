package org.opdl.schema.archfixture;

/** Breaks the console rule: library code that writes to standard output. */
public final class Prints {

    /** Writes a line where no library should. */
    public static void say(String line) {
        System.out.println(line);
    }
}
