package org.opdl.schema.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit extension for test classes whose fixtures name the canary: after the class, the canary
 * must have seen nothing. The count is for the whole JVM, so a request made by any earlier class
 * fails here too; {@link NoNetworkListener} repeats the check once the whole suite has run.
 */
public final class NoNetwork implements AfterAllCallback {

    @Override
    public void afterAll(ExtensionContext context) {
        assertThat(Canary.get().hits())
                .as("requests that reached the canary server, which no input may cause")
                .isEmpty();
    }
}
