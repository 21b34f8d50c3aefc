package org.opdl.cli.exit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A run out of memory, wherever the error surfaces")
class OutOfMemoryTest {

    private final OutOfMemoryError shortage = new OutOfMemoryError("Java heap space");

    @Test
    @DisplayName("is found when thrown as it is")
    void itself() {
        assertThat(OutOfMemory.behind(shortage)).isSameAs(shortage);
    }

    @Test
    @DisplayName("is found behind a library's wrapping, as a cause of a cause")
    void wrapped() {
        Throwable wrapped = new IllegalStateException("reading failed", new RuntimeException(shortage));
        assertThat(OutOfMemory.behind(wrapped)).isSameAs(shortage);
    }

    @Test
    @DisplayName("is found when a try with resources met the JVM's one shared error twice and refused to suppress it into itself")
    void selfSuppression() {
        Throwable refused = null;
        try {
            shortage.addSuppressed(shortage);
        } catch (IllegalArgumentException e) {
            refused = e;
        }
        assertThat(refused).isNotNull();
        assertThat(OutOfMemory.behind(refused)).isSameAs(shortage);
    }

    @Test
    @DisplayName("is found among the suppressed exceptions of another failure")
    void suppressed() {
        Exception closing = new UncheckedIOException("closing failed", new IOException("disk"));
        closing.addSuppressed(shortage);
        assertThat(OutOfMemory.behind(closing)).isSameAs(shortage);
    }

    @Test
    @DisplayName("is not found in a failure that has none, even one whose causes loop")
    void none() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertThat(OutOfMemory.behind(b)).isNull();
        assertThat(OutOfMemory.behind(new IllegalArgumentException("bad"))).isNull();
    }
}
