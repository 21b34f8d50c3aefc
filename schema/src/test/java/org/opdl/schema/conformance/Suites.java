package org.opdl.schema.conformance;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the third-party conformance suites are: the folder named by the system property {@code
 * opdl.testsuites} (Maven sets it to {@code shared/testsuites} beside the project). The suites are
 * never copied into the project; without the folder the tests are skipped, saying so.
 */
final class Suites {

    private Suites() {
    }

    /** The folder {@code name} inside the suites folder; skips the calling test when it is absent. */
    static Path require(String name) {
        String root = System.getProperty("opdl.testsuites");
        Path dir = root == null ? null : Path.of(root, name);
        if (dir == null || !Files.isDirectory(dir)) {
            String message = "SKIPPED: conformance suite " + name + " not found under opdl.testsuites=" + root
                    + "; CI has it at shared/testsuites beside the project";
            // JUnit reports an aborted test factory quietly, so the reason also goes to the log.
            System.err.println(message);
            assumeTrue(false, message);
        }
        return dir;
    }
}
